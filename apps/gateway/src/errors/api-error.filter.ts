import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CommandFailedError, ServiceUnavailableError } from '../backend/backend-client';
import { statusOfCommandError } from './command-error-status';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/**
 * Every error leaves the gateway as `{ error: { code, message, details } }` with its status.
 * Unexpected errors are logged with the correlation id and never shown to the caller.
 */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const [status, body] = this.toResponse(exception, request);
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toResponse(exception: unknown, request: FastifyRequest): [number, ApiErrorBody] {
    if (exception instanceof ServiceUnavailableError) {
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        { error: { code: exception.code, message: exception.message } },
      ];
    }
    if (exception instanceof CommandFailedError) {
      const status = statusOfCommandError(exception.error.code);
      if (status) return [status, { error: exception.error }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      // Ours (see http/api-error.ts): `{ code, message, details }`, sent as it is.
      if (isCodedError(response)) {
        const { code, message, details } = response;
        return [status, { error: details === undefined ? { code, message } : { code, message, details } }];
      }
      const message = typeof response === 'string' ? response : exception.message;
      return [status, { error: { code: httpCode(status), message } }];
    }
    const statusCode = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      // Fastify's own refusals: a body that is too large, malformed JSON, a bad content type.
      return [statusCode, { error: { code: httpCode(statusCode), message: (exception as Error).message } }];
    }
    this.logger.error(
      `[${request.id}] ${request.method} ${request.url}: ${exception instanceof Error ? exception.stack : String(exception)}`,
    );
    return [
      HttpStatus.INTERNAL_SERVER_ERROR,
      {
        error: {
          code: 'INTERNAL',
          message: `internal error; quote correlation id ${request.id} when reporting it`,
        },
      },
    ];
  }
}

function isCodedError(response: unknown): response is ApiErrorBody['error'] {
  const { code, message } = (response ?? {}) as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}

function httpCode(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name ? `HTTP.${name}` : `HTTP.${status}`;
}
