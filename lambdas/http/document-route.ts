/**
 * The JSON-document family's wire format (BindID style). Success: 200 with `status_code: "ok"`.
 * Applicative errors also answer 200, as the vendor does: `status_code` `size_exceeded` or
 * `invalid_user_type`. Common errors (bad token or authvalue, malformed body, If-Match) answer
 * `{"error": code, "error_description": text}` with a fitting 4xx/5xx status.
 *
 * Tokens come as `Authorization: Bearer <token>`, or as the vendor's backend header
 * `BindIdBackend AccessToken <token>; <authvalue>` where authvalue = base64
 * HMAC-SHA256(token) keyed with the app client's backend secret; without the token part
 * (`BindIdBackend <authvalue>`) the token is the body's `subject_session_at`.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { clientBackendSecret } from '../adapters/secrets/client-secrets.js';
import type { Identity } from '../auth/identity.js';
import { limits } from '../config.js';
import { authvalueMatches } from '../domain/document/authvalue.js';
import { SizeExceeded } from '../domain/document/document-service.js';
import { isJsonObject, type JsonObject } from '../domain/document/merge-patch.js';
import { AppError, type ErrorCode } from '../errors.js';
import { authenticate } from './authenticate.js';
import { readJsonBody } from './json-body.js';
import { parseOrThrow, type RouteContext, toAppError } from './middlewares.js';
import { type HttpResponse, json } from './response.js';

const statusFor: Partial<Record<ErrorCode, number>> = {
  invalid_request: 400,
  invalid_token: 401,
  expired_token: 401,
  access_denied: 403,
  conflict: 409,
  precondition_failed: 412,
  throttled: 429,
  unavailable: 503,
};

/** Not a user's token: a client-credentials token has no username, and its subject is the client. */
class InvalidUserType extends Error {}

const BEARER = /^Bearer\s+(\S+)\s*$/i;
// The seed writes the optional token part in brackets: `AccessToken [<token>;] <authvalue>`.
const BACKEND = /^BindIdBackend\s+(?:AccessToken\s+\[?([^\s;\]]+);\]?\s*)?([A-Za-z0-9+/=_-]+)\s*$/;

interface Credentials {
  readonly token?: string;
  readonly authvalue?: string;
}

export function credentialsOf(event: APIGatewayProxyEventV2): Credentials {
  const header = event.headers.authorization ?? '';
  const bearer = BEARER.exec(header);
  if (bearer) return { token: bearer[1] };
  const backend = BACKEND.exec(header);
  if (backend) return { token: backend[1], authvalue: backend[2] };
  throw new AppError('invalid_token', 'Missing or malformed Authorization header');
}

/** The authvalue must be canonical base64 HMAC-SHA256 of the token under the client's backend secret. */
async function assertAuthvalue(identity: Identity, authvalue: string): Promise<void> {
  const secret = await clientBackendSecret(identity.clientId);
  if (!secret || !authvalueMatches(secret, identity.accessToken, authvalue)) {
    throw new AppError('access_denied', 'The authvalue does not prove the app client’s backend');
  }
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; `*` or absent → no precondition. */
function ifMatchOf(event: APIGatewayProxyEventV2): number | undefined {
  const header = event.headers['if-match']?.trim();
  if (!header || header === '*') return undefined;
  const version = /^(?:W\/)?"?(\d{1,15})"?$/.exec(header)?.[1];
  if (version === undefined)
    throw new AppError('precondition_failed', 'If-Match is not an ETag of this store');
  return Number(version);
}

export const etag = (version: number) => ({ etag: `"${version}"` });

/**
 * The `{"data": {...}}` body of POST and PATCH. z.custom checks without rebuilding: a rebuilt
 * object would turn a `__proto__` member into a prototype and lose it; the parsed JSON keeps it
 * as a plain own member.
 */
export const documentDataBody = z.object({
  data: z.custom<JsonObject>(isJsonObject, { message: 'data must be a JSON object' }),
});

export interface DocumentRequest<B> {
  readonly identity: Identity;
  readonly body: B;
  readonly ifMatch?: number;
}

export function documentRoute<S extends z.ZodMiniType>(
  options: {
    body?: S;
    /** Where the token comes from when the BindIdBackend header carries none. */
    tokenFromBody?: (body: z.output<S>) => string | undefined;
    /** Only the app client's backend (a valid authvalue) may call. */
    backendOnly?: boolean;
  },
  run: (request: DocumentRequest<z.output<S>>) => Promise<HttpResponse>,
) {
  return middy<APIGatewayProxyEventV2, HttpResponse, Error, RouteContext>()
    .use({
      onError: (request) => {
        if (request.error instanceof SizeExceeded) {
          request.response = json(200, { status_code: 'size_exceeded' });
          return;
        }
        if (request.error instanceof InvalidUserType) {
          request.response = json(200, { status_code: 'invalid_user_type' });
          return;
        }
        const error = toAppError(request.error);
        request.response = json(statusFor[error.code] ?? 500, {
          error: error.code,
          error_description: error.message,
        });
      },
    })
    .handler(async (event) => {
      const credentials = credentialsOf(event);
      const body = options.body
        ? (parseOrThrow(options.body, readJsonBody(event, limits())) as z.output<S>)
        : (undefined as z.output<S>);
      const token = credentials.token ?? (body ? options.tokenFromBody?.(body) : undefined);
      if (!token) throw new AppError('invalid_token', 'No access token in the header or the body');
      const identity = await authenticate(token);
      if (credentials.authvalue !== undefined)
        await assertAuthvalue(identity, credentials.authvalue);
      else if (options.backendOnly) {
        throw new AppError('access_denied', 'Only the app client’s backend may call this route');
      }
      if (!identity.username || identity.sub === identity.clientId) throw new InvalidUserType();
      return run({ identity, body, ifMatch: ifMatchOf(event) });
    });
}
