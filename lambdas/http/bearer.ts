import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { AppError } from '../errors.js';
import type { Credentials } from './pipeline.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The credential extractor of every family but the document one: `Authorization: Bearer`. */
export function bearerCredentials(event: APIGatewayProxyEventV2): Credentials {
  const header = event.headers.authorization ?? event.headers.Authorization;
  const token = header ? BEARER.exec(header)?.[1] : undefined;
  if (!token) throw new AppError('invalid_token', 'Missing or malformed Authorization header');
  return { token };
}
