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
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Identity } from '../auth/identity.js';
import { authvalueMatches } from '../domain/document/authvalue.js';
import { SizeExceeded } from '../domain/document/document-service.js';
import type { DocumentStore } from '../domain/document/document-store.js';
import { isJsonObject, type JsonObject } from '../domain/document/merge-patch.js';
import { AppError, type ErrorCode } from '../errors.js';
import {
  buildRoute,
  type Credentials,
  callerOf,
  type PipelineDeps,
  toAppError,
  type WireFormat,
} from './pipeline.js';
import { type HttpResponse, json } from './response.js';

const statusFor: Partial<Record<ErrorCode, number>> = {
  invalid_request: 400,
  invalid_token: 401,
  expired_token: 401,
  access_denied: 403,
  conflict: 409,
  precondition_failed: 412,
  unsupported_media_type: 415,
  throttled: 429,
  unavailable: 503,
};

/** Not a user's token: a client-credentials token has no username, and its subject is the client. */
class InvalidUserType extends Error {}

const BEARER = /^Bearer\s+(\S+)\s*$/i;
// The seed writes the optional token part in brackets: `AccessToken [<token>;] <authvalue>`.
const BACKEND = /^BindIdBackend\s+(?:AccessToken\s+\[?([^\s;\]]+);\]?\s*)?([A-Za-z0-9+/=_-]+)\s*$/;

/** Bearer, or BindIdBackend (whose token may be the body's `subject_session_at`). */
export function credentialsOf(event: APIGatewayProxyEventV2, body: () => unknown): Credentials {
  const header = event.headers.authorization ?? '';
  const bearer = BEARER.exec(header);
  if (bearer) return { token: bearer[1] };
  const backend = BACKEND.exec(header);
  if (!backend) throw new AppError('invalid_token', 'Missing or malformed Authorization header');
  if (backend[1]) return { token: backend[1], authvalue: backend[2] };
  const fromBody = (body() as { subject_session_at?: unknown } | undefined)?.subject_session_at;
  if (typeof fromBody !== 'string' || fromBody === '') {
    throw new AppError('invalid_token', 'No access token in the header or the body');
  }
  return { token: fromBody, authvalue: backend[2] };
}

export interface DocumentDeps extends PipelineDeps {
  readonly store: DocumentStore;
  /** The app client's backend secret, which keys the BindIdBackend authvalue. */
  readonly backendSecret: (clientId: string) => Promise<string | undefined>;
}

/** The authvalue must be canonical base64 HMAC-SHA256 of the token under the client's backend secret. */
async function assertAuthvalue(deps: DocumentDeps, identity: Identity, authvalue: string) {
  const secret = await deps.backendSecret(identity.clientId);
  if (!secret || !authvalueMatches(secret, identity.accessToken, authvalue)) {
    throw new AppError('access_denied', 'The authvalue does not prove the app client’s backend');
  }
}

const documentFormat = (backendOnly: boolean): WireFormat<HttpResponse, DocumentDeps> => ({
  credentials: credentialsOf,
  async admit(identity, credentials, deps) {
    if (credentials.authvalue !== undefined) {
      await assertAuthvalue(deps, identity, credentials.authvalue);
    } else if (backendOnly) {
      throw new AppError('access_denied', 'Only the app client’s backend may call this route');
    }
    if (!identity.username || identity.sub === identity.clientId) throw new InvalidUserType();
  },
  success: (response) => response,
  failure(error) {
    if (error instanceof SizeExceeded) return json(200, { status_code: 'size_exceeded' });
    if (error instanceof InvalidUserType) return json(200, { status_code: 'invalid_user_type' });
    const known = toAppError(error);
    return json(statusFor[known.code] ?? 500, {
      error: known.code,
      error_description: known.message,
    });
  },
  isRefusal: (error) => error instanceof SizeExceeded || error instanceof InvalidUserType,
});

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

export function documentRoute<B = undefined>(
  spec: {
    deps: () => DocumentDeps;
    body?: z.ZodMiniType<B>;
    /** Only the app client's backend (a valid authvalue) may call. */
    backendOnly?: boolean;
  },
  run: (deps: DocumentDeps, request: DocumentRequest<B>) => Promise<HttpResponse>,
) {
  return buildRoute(documentFormat(spec.backendOnly ?? false), {
    deps: spec.deps,
    body: spec.body,
    run: (deps, request) =>
      run(deps, {
        identity: callerOf(request),
        body: request.body,
        ifMatch: ifMatchOf(request.event),
      }),
  });
}
