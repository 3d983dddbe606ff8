import { Controller, Logger, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { isDomainError } from '@budgetflow/budget-domain';
import type { CommandContract, CommandReply, CommandRequest } from '@budgetflow/contracts';
import { CommandFailedError, ServiceUnavailableError } from './command-client';

/** One command a service answers, and the use case that does it. */
export interface CommandBinding<P = never, R = unknown> {
  contract: CommandContract<P, R>;
  handle(request: CommandRequest<P>): Promise<R>;
}

export const bindCommand = <P, R>(
  contract: CommandContract<P, R>,
  handle: (request: CommandRequest<P>) => Promise<R>,
): CommandBinding<P, R> => ({ contract, handle });

/**
 * Runs a command and turns the outcome into a reply: the request is checked against its contract
 * first; a domain error keeps its code; anything else is logged with the correlation id and
 * answered as INTERNAL without internals.
 */
export async function executeCommand<P, R>(
  binding: CommandBinding<P, R>,
  request: unknown,
  logger: Logger,
): Promise<CommandReply<R>> {
  const problems = binding.contract.requestErrors(request);
  if (problems.length > 0) {
    return {
      ok: false,
      error: {
        code: 'REQUEST.INVALID',
        message: `invalid ${binding.contract.name} request: ${problems[0]}`,
        details: problems,
      },
    };
  }
  const typed = request as CommandRequest<P>;
  try {
    return { ok: true, value: await binding.handle(typed) };
  } catch (error) {
    if (isDomainError(error)) {
      return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    }
    // A service this one asked said no, or did not answer: the caller hears the same.
    if (error instanceof CommandFailedError) return { ok: false, error: error.error };
    if (error instanceof ServiceUnavailableError)
      return { ok: false, error: { code: error.code, message: error.message } };
    // The service's own database is down or cut the connection (a restart, a failover): that is a
    // dependency being unavailable (503, worth retrying), not an internal error (500).
    if (isDatabaseUnavailable(error)) {
      logger.warn(`[${typed.context.correlationId}] ${binding.contract.name}: database unavailable`);
      return {
        ok: false,
        error: { code: 'SERVICE.UNAVAILABLE', message: 'the database is not available; try again shortly' },
      };
    }
    logger.error(
      `[${typed.context.correlationId}] ${binding.contract.name} failed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `internal error; quote correlation id ${typed.context.correlationId} when reporting it`,
      },
    };
  }
}

/** A Nest controller answering each bound command on its (namespaced) subject. */
export function natsCommandController(
  namespace: string,
  bindings: readonly CommandBinding<never>[],
): Type<unknown> {
  class CommandsNatsController {}
  const logger = new Logger('Commands');
  for (const binding of bindings) {
    const key = binding.contract.name;
    Object.defineProperty(CommandsNatsController.prototype, key, {
      value: (request: unknown) => executeCommand(binding, request, logger),
      writable: true,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(CommandsNatsController.prototype, key)!;
    MessagePattern(binding.contract.subject(namespace))(CommandsNatsController.prototype, key, descriptor);
  }
  Controller()(CommandsNatsController);
  return CommandsNatsController;
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * A PostgreSQL connection failure rather than a failing statement: refused or reset sockets,
 * SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutdown, crash, starting up).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const candidate = error as { code?: unknown; message?: unknown; driverError?: unknown } | undefined;
  if (!candidate || typeof candidate !== 'object') return false;
  if (candidate.driverError && isDatabaseUnavailable(candidate.driverError)) return true;
  const code = typeof candidate.code === 'string' ? candidate.code : '';
  if (CONNECTION_ERROR_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code))
    return true;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}
