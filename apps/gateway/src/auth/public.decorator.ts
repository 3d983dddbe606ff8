import { SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

export const IS_PUBLIC = 'budgetflow:public';

/** The route (or every route of the controller) can be called without signing in. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The public portal: everything under /public/ is open to anyone. */
export function isPublicPath(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  return path === '/public' || path.startsWith('/public/');
}

export function isPublicRoute(reflector: Reflector, context: ExecutionContext): boolean {
  const marked = reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
    context.getHandler(),
    context.getClass(),
  ]);
  return marked === true || isPublicPath(context.switchToHttp().getRequest<FastifyRequest>().url);
}
