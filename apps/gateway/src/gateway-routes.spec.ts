import 'reflect-metadata';
import { RequestMethod, type Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, MODULE_METADATA } from '@nestjs/common/constants';
import { IS_PUBLIC } from './auth/public.decorator';
import { GatewayModule } from './gateway.module';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';

interface Route {
  name: string;
  method: RequestMethod;
  isPublic: boolean;
  interceptors: unknown[];
}

function controllersOf(module: Type, seen = new Set<Type>()): Type[] {
  if (seen.has(module)) return [];
  seen.add(module);
  const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []) as Type[];
  const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Type[];
  return [...controllers, ...imports.flatMap((imported) => controllersOf(imported, seen))];
}

function routesOf(controller: Type): Route[] {
  const prototype = controller.prototype as Record<string, unknown>;
  const classIsPublic = Reflect.getMetadata(IS_PUBLIC, controller) === true;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const handler = prototype[name];
    if (typeof handler !== 'function') return [];
    const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
    if (method === undefined) return [];
    return [
      {
        name: `${controller.name}.${name}`,
        method,
        isPublic: classIsPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true,
        interceptors: (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[],
      },
    ];
  });
}

describe('the gateway routes', () => {
  const routes = controllersOf(GatewayModule).flatMap(routesOf);

  it('are found (the walk over the modules is not empty)', () => {
    expect(routes.filter((route) => route.method === RequestMethod.POST).length).toBeGreaterThanOrEqual(7);
  });

  it('honour Idempotency-Key on every signed-in POST', () => {
    const missing = routes
      .filter((route) => route.method === RequestMethod.POST && !route.isPublic)
      .filter((route) => !route.interceptors.includes(IdempotencyInterceptor))
      .map((route) => route.name);
    expect(missing).toEqual([]);
  });

  it('keep the reads free of the idempotency interceptor', () => {
    const reads = routes.filter((route) => route.method === RequestMethod.GET);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((route) => route.interceptors.length > 0).map((route) => route.name)).toEqual([]);
  });
});
