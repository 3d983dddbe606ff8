import { Logger, Module, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { commandSubject, type BackendService } from '@budgetflow/contracts';
import { onShutdown } from '@budgetflow/runtime';
import { healthNatsController } from './health.nats-controller';
import {
  closeServiceResources,
  openServiceResources,
  resourcesModule,
  type ServiceNeeds,
  type ServiceResources,
} from './service-resources';

export interface BackendServiceDefinition extends ServiceNeeds {
  service: BackendService;
  /** The service's own module; it can inject SERVICE_RESOURCES. */
  module: (resources: ServiceResources) => DynamicModule | Type<unknown>;
}

/**
 * Starts a backend service: resources first (so a bad setting fails fast and clearly), then a
 * Nest microservice answering NATS requests in a queue group named after the service, so that
 * several instances share the work.
 */
export async function startBackendService(definition: BackendServiceDefinition): Promise<void> {
  const resources = await openServiceResources(definition.service, definition);
  const { settings } = resources;

  @Module({
    imports: [resourcesModule(resources), definition.module(resources)],
    controllers: [
      healthNatsController(commandSubject(settings.BUDGETFLOW_NAMESPACE, definition.service, 'health')),
    ],
  })
  class ServiceRootModule {}

  const app = await NestFactory.createMicroservice<MicroserviceOptions>(ServiceRootModule, {
    transport: Transport.NATS,
    options: { servers: [settings.NATS_URL], queue: definition.service, name: definition.service },
    logger: loggerLevels(settings.LOG_LEVEL),
  });
  await app.listen();
  Logger.log(`${definition.service} is up (pid ${process.pid})`, 'Bootstrap');
  onShutdown(definition.service, async () => {
    await app.close();
    await closeServiceResources(resources);
  });
}

export function loggerLevels(level: string): ('error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  const order = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(level as (typeof order)[number]) + 1);
}
