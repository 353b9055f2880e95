/**
 * Microsecond timestamps in the form of the seed's TIMESTAMP(6): `2023-10-21T14:23:45.123456Z`.
 *
 * Honest precision: JavaScript's wall clock has milliseconds. The three microsecond digits
 * are 000 unless two changes fall in the same millisecond; then they count up, so a user's
 * timestamps (and audit entries) are strictly increasing and order exactly.
 */

let lastIssued = 0;

/** Epoch microseconds: the wall clock, strictly increasing within this process. */
export function nowMicros(): number {
  lastIssued = Math.max(Date.now() * 1000, lastIssued + 1);
  return lastIssued;
}

/** Epoch microseconds as `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
export function isoMicros(micros: number): string {
  const millis = Math.floor(micros / 1000);
  const rest = String(micros - millis * 1000).padStart(3, '0');
  return new Date(millis).toISOString().replace('Z', `${rest}Z`);
}

/** The epoch microseconds of a timestamp written by isoMicros (or any ISO 8601 string). */
export function parseMicros(iso: string): number {
  const fraction = /\.(\d+)Z$/.exec(iso)?.[1] ?? '';
  const micros = Number(fraction.padEnd(6, '0').slice(3, 6));
  return Date.parse(iso) * 1000 + micros;
}

/** A timestamp later than `after` (epoch µs), from the clock when the clock is later. */
export const nextMicros = (after?: number) => Math.max(nowMicros(), (after ?? 0) + 1);
