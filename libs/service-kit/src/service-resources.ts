import { Logger, type DynamicModule } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/nats-core';
import type { Redis } from 'ioredis';
import type { DataSource, MigrationInterface } from 'typeorm';
import type { ServiceName } from '@budgetflow/contracts';
import { connectNats, ensureBudgetStream } from '@budgetflow/messaging';
import {
  checkRedisSafety,
  connectRedis,
  infrastructureSettings,
  openServiceDatabase,
  readSettings,
  type Settings,
} from '@budgetflow/runtime';

export type InfrastructureSettings = Settings<typeof infrastructureSettings>;

/** What a service needs besides NATS, which every service has. */
export interface ServiceNeeds {
  database?: {
    schema: string;
    migrations: (new () => MigrationInterface)[];
    entities?: (new () => unknown)[];
  };
  redis?: boolean;
}

/** The connections a service holds for its lifetime; opened before Nest starts, closed after it. */
export interface ServiceResources {
  service: ServiceName;
  settings: InfrastructureSettings;
  nats: NatsConnection;
  database?: DataSource;
  redis?: Redis;
}

export const SERVICE_RESOURCES = Symbol('SERVICE_RESOURCES');

/**
 * Opens NATS (and the event stream), the service's database schema (migrated) and Redis, in that
 * order, each failing with a message that names what could not be reached.
 */
export async function openServiceResources(
  service: ServiceName,
  needs: ServiceNeeds,
  settings: InfrastructureSettings = readSettings(infrastructureSettings),
): Promise<ServiceResources> {
  const resources: ServiceResources = {
    service,
    settings,
    nats: await connectNats(settings.NATS_URL, service),
  };
  try {
    await ensureBudgetStream(resources.nats, settings.BUDGETFLOW_NAMESPACE);
    if (needs.database) {
      resources.database = await openServiceDatabase({ url: settings.DATABASE_URL, ...needs.database }).catch(
        (error: unknown) => {
          throw new Error(
            `cannot open PostgreSQL at ${redactPassword(settings.DATABASE_URL)}: ${message(error)}`,
          );
        },
      );
    }
    if (needs.redis) {
      resources.redis = await connectRedis(settings.REDIS_URL);
      const safety = await checkRedisSafety(resources.redis);
      if (safety.refusal)
        throw new Error(`unsafe Redis at ${redactPassword(settings.REDIS_URL)}: ${safety.refusal}`);
      for (const warning of safety.warnings) new Logger(service).warn(warning);
    }
    return resources;
  } catch (error) {
    await closeServiceResources(resources);
    throw error;
  }
}

export async function closeServiceResources(resources: ServiceResources): Promise<void> {
  await Promise.allSettled([
    resources.nats.isClosed() ? Promise.resolve() : resources.nats.drain(),
    resources.database?.isInitialized ? resources.database.destroy() : Promise.resolve(),
    resources.redis ? resources.redis.quit() : Promise.resolve(),
  ]);
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A global module that lets any provider inject the service's resources. */
export function resourcesModule(resources: ServiceResources): DynamicModule {
  return {
    module: class ServiceResourcesModule {},
    global: true,
    providers: [{ provide: SERVICE_RESOURCES, useValue: resources }],
    exports: [SERVICE_RESOURCES],
  };
}
