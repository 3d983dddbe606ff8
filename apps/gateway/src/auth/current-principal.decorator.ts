import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { commandContext, type Principal } from '@budgetflow/identity';
import type { CommandContext } from '@budgetflow/contracts';
import './principal-request';

function principalOf(context: ExecutionContext): Principal {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  if (!request.principal) {
    // Only a @Public() route has no principal: asking for one there is a programming error.
    throw new Error(`${request.method} ${request.url} asks for the signed-in user but is public`);
  }
  return request.principal;
}

/** The signed-in user of the request, as verified by AuthGuard. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  principalOf(context),
);

/** The command context for a backend call: the signed-in user, its scope and the request's correlation id. */
export const CurrentCommandContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext =>
    commandContext(principalOf(context), context.switchToHttp().getRequest<FastifyRequest>().id),
);
