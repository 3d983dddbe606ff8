import { HttpException, HttpStatus } from '@nestjs/common';
import { RedisUnavailableError } from './redis-deadline';

/** What ApiErrorFilter sends as `{ error: ... }` when an HttpException carries it. */
export interface ApiErrorResponse {
  code: string;
  message: string;
  details?: unknown;
}

/** An HTTP error with a stable code, rendered by ApiErrorFilter as `{ error: { code, message, details } }`. */
export function apiError(status: number, code: string, message: string, details?: unknown): HttpException {
  const response: ApiErrorResponse = details === undefined ? { code, message } : { code, message, details };
  return new HttpException(response, status);
}

/** Redis did not answer in time: 503, the client may retry. Anything else is passed on as it is. */
export function unavailableAsHttp(error: unknown): unknown {
  return error instanceof RedisUnavailableError
    ? apiError(HttpStatus.SERVICE_UNAVAILABLE, error.code, error.message)
    : error;
}
