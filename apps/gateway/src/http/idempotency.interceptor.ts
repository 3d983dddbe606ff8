import {
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { isPublicRoute } from '../auth/public.decorator';
import { apiError, unavailableAsHttp } from './api-error';
import {
  checkIdempotencyKey,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  idempotencyIdentity,
  requestFingerprint,
} from './idempotency-key';
import { IdempotencyStore, type StoredOutcome } from './idempotency.store';
import { withinRedisDeadline } from './redis-deadline';

/**
 * Honours `Idempotency-Key` on the POSTs of signed-in callers. The first request with a key runs
 * and its outcome (a result, or a 4xx error) is kept for 24 hours; a retry with the same body gets
 * that outcome again with `Idempotent-Replayed: true`, and runs nothing. Same key with another
 * body: 422 IDEMPOTENCY.KEY_REUSED; while the first is still running: 409 IDEMPOTENCY.IN_PROGRESS.
 * 5xx errors and failures to reach a service are not kept, so the client can simply retry.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const principal = request.principal;
    // Public POSTs (the login) have no principal to tie a key to; they are not covered.
    if (request.method !== 'POST' || !principal || isPublicRoute(this.reflector, context)) {
      return next.handle();
    }
    const check = checkIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER]);
    if (check === undefined) return next.handle();
    if (!check.ok) throw apiError(HttpStatus.BAD_REQUEST, 'IDEMPOTENCY.INVALID_KEY', check.problem);

    const [path = '/', query = ''] = request.url.split('?', 2);
    const identity = idempotencyIdentity(check.key, principal.userId, request.method, path);
    const requestHash = requestFingerprint(query, request.body);
    const begun = await withinRedisDeadline(this.store.begin(identity, requestHash), 'idempotency key').catch(
      (error: unknown) => {
        throw unavailableAsHttp(error);
      },
    );
    const reply = context.switchToHttp().getResponse<FastifyReply>();

    switch (begun.outcome) {
      case 'running':
        if (begun.requestHash !== requestHash) throw keyReused();
        throw apiError(
          HttpStatus.CONFLICT,
          'IDEMPOTENCY.IN_PROGRESS',
          'a request with this Idempotency-Key is still being processed; retry in a moment',
        );
      case 'done':
        if (begun.stored.requestHash !== requestHash) throw keyReused();
        return this.replay(begun.stored, reply);
      case 'started':
        // The request is run and its outcome stored by a promise of our own, not by the Observable
        // Nest subscribes to: that one may be torn down when the client goes away, and a client that
        // gave up is exactly the one that will retry with this key.
        return from(this.runOnce(next, reply, identity, begun.lease, requestHash));
    }
  }

  private replay(stored: StoredOutcome, reply: FastifyReply): Observable<unknown> {
    void reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    if (stored.kind === 'error') {
      // Thrown again so that ApiErrorFilter renders it exactly as it did the first time.
      throw new HttpException(stored.body as Record<string, unknown>, stored.status);
    }
    void reply.status(stored.status);
    return from([stored.body]);
  }

  private async runOnce(
    next: CallHandler,
    reply: FastifyReply,
    identity: string,
    lease: string,
    requestHash: string,
  ): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500) {
        const response = error.getResponse();
        await this.keep(identity, lease, {
          kind: 'error',
          status: error.getStatus(),
          body: response,
          requestHash,
        });
      } else {
        await this.release(identity, lease);
      }
      throw error;
    }
    if (isStorable(body)) {
      await this.keep(identity, lease, { kind: 'result', status: reply.statusCode, body, requestHash });
    } else {
      // A file or a stream cannot be replayed from Redis; the key is freed rather than kept blocked.
      await this.release(identity, lease);
    }
    return body;
  }

  /** The request has happened: failing to record it must not turn its answer into an error. */
  private async keep(identity: string, lease: string, outcome: StoredOutcome): Promise<void> {
    try {
      const kept = await withinRedisDeadline(
        this.store.complete(identity, lease, outcome),
        'idempotency record',
      );
      if (!kept)
        this.logger.warn(`the lease of an idempotent request ran out before it finished (${identity})`);
    } catch (error) {
      this.logger.warn(`could not store an idempotent request's outcome (${identity}): ${describe(error)}`);
    }
  }

  private async release(identity: string, lease: string): Promise<void> {
    try {
      await withinRedisDeadline(this.store.abandon(identity, lease), 'idempotency release');
    } catch (error) {
      this.logger.warn(`could not release an idempotency key (${identity}): ${describe(error)}`);
    }
  }
}

/**
 * Marks a signed-in POST as honouring `Idempotency-Key`. Bound per route, not globally: Nest wraps
 * every interceptor of a route in async-context bindings on each request, a cost the reads (the
 * most frequent requests) need not pay. A unit test checks every signed-in POST carries it.
 */
export const Idempotent = (): MethodDecorator => UseInterceptors(IdempotencyInterceptor);

function keyReused(): HttpException {
  return apiError(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'IDEMPOTENCY.KEY_REUSED',
    'this Idempotency-Key was already used for a different request; use a new key for a new request',
  );
}

function isStorable(body: unknown): boolean {
  if (body === undefined || body === null) return true;
  if (typeof body !== 'object')
    return typeof body !== 'function' && typeof body !== 'symbol' && typeof body !== 'bigint';
  if (Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function') return false;
  const prototype = Object.getPrototypeOf(body) as unknown;
  return Array.isArray(body) || prototype === Object.prototype || prototype === null;
}

function describe(error: unknown): string {
  return error instanceof HttpException || error instanceof Error ? error.message : String(error);
}
