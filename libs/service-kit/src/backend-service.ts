import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { jetstream } from '@nats-io/jetstream';
import { commandSubject, type BackendService } from '@budgetflow/contracts';
import {
  OutboxRelay,
  startEventConsumer,
  type AnyEventHandler,
  type RunningConsumer,
} from '@budgetflow/messaging';
import { onShutdown } from '@budgetflow/runtime';
import { healthNatsController } from './health.nats-controller';
import { natsCommandController, type CommandBinding } from './nats-commands';
import {
  closeServiceResources,
  openServiceResources,
  resourcesModule,
  type ServiceNeeds,
  type ServiceResources,
} from './service-resources';

/** Something a service runs beside its handlers (a queue worker, a reconciler). */
export interface BackgroundTask {
  stop(): Promise<void>;
}

/** What a service does, built from its open resources. */
export interface ServiceWiring {
  /** The commands it answers over NATS request/reply. */
  commands?: CommandBinding<never>[];
  /** The events it consumes from JetStream. */
  consumers?: AnyEventHandler[];
  /** Anything else it runs, started once the transport is up. */
  start?: () => Promise<BackgroundTask[]>;
}

export interface BackendServiceDefinition extends ServiceNeeds {
  service: BackendService;
  wire?: (resources: ServiceResources) => ServiceWiring;
}

/**
 * Starts a backend service: resources first (so a bad setting fails fast and clearly), then the
 * outbox relay, the event consumers and a Nest microservice answering its commands in a queue
 * group named after the service, so that several instances share the work.
 */
export async function startBackendService(definition: BackendServiceDefinition): Promise<void> {
  const resources = await openServiceResources(definition.service, definition);
  const { settings } = resources;
  const namespace = settings.BUDGETFLOW_NAMESPACE;
  const logger = new Logger(definition.service);
  const wiring = definition.wire?.(resources) ?? {};

  @Module({
    imports: [resourcesModule(resources)],
    controllers: [
      healthNatsController(commandSubject(namespace, definition.service, 'health')),
      natsCommandController(namespace, wiring.commands ?? []),
    ],
  })
  class ServiceRootModule {}

  const app = await NestFactory.createMicroservice<MicroserviceOptions>(ServiceRootModule, {
    transport: Transport.NATS,
    options: { servers: [settings.NATS_URL], queue: definition.service, name: definition.service },
    logger: loggerLevels(settings.LOG_LEVEL),
  });
  await app.listen();

  const tasks: BackgroundTask[] = [];
  if (resources.database && definition.database) {
    const relay = new OutboxRelay(resources.database, jetstream(resources.nats), {
      schema: definition.database.schema,
      databaseUrl: settings.DATABASE_URL,
      log: (message) => logger.warn(message),
    });
    await relay.start();
    tasks.push(relay);
  }
  const handlers = wiring.consumers ?? [];
  if (handlers.length > 0) {
    const consumer: RunningConsumer = await startEventConsumer(resources.nats, handlers, {
      namespace,
      durable: definition.service,
      ...(resources.database ? { database: resources.database } : {}),
      log: (message) => logger.warn(message),
    });
    tasks.push(consumer);
  }
  tasks.push(...((await wiring.start?.()) ?? []));

  logger.log(`${definition.service} is up (pid ${process.pid})`);
  onShutdown(definition.service, async () => {
    await app.close();
    await Promise.allSettled(tasks.map((task) => task.stop()));
    await closeServiceResources(resources);
  });
}

export function loggerLevels(level: string): ('error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level as (typeof order)[number]) + 1);
}
