/**
 * What a refusal looks like in each family's wire format, for `toMatchObject`: a negative
 * test asserts the status AND the error code the body carries (and that it explains itself).
 */
import { expect } from 'vitest';

/** Profile and document families: `{"error": code, "error_description": text}`. */
export const refusal = (status: number, error: string) => ({
  status,
  body: { error, error_description: expect.any(String) },
});

/** Account family: `{"result": 0, "error": code, "message": text}`. */
export const accountRefusal = (status: number, error: string) => ({
  status,
  body: { result: 0, error, message: expect.any(String) },
});
