import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { onShutdown, readSettings, runMain } from '@budgetflow/runtime';
import {
  closeServiceResources,
  loggerLevels,
  openServiceResources,
  resourcesModule,
} from '@budgetflow/service-kit';
import { gatewaySettings } from './gateway-settings';
import { GatewayModule } from './gateway.module';
import { refuseUnsafeInput } from './http/safe-input';
import { acceptWorkbookUploads } from './http/workbook-upload';
import { gatewayMigrations } from './migrations';

const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

async function main(): Promise<void> {
  const settings = readSettings(gatewaySettings);
  const resources = await openServiceResources(
    'gateway',
    { database: { schema: 'gateway', migrations: gatewayMigrations }, redis: true },
    settings,
  );

  @Module({ imports: [resourcesModule(resources), GatewayModule] })
  class GatewayRootModule {}

  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // The caller's correlation id is kept, so one id follows a request through every service.
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-correlation-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayRootModule, adapter, {
    logger: loggerLevels(settings.LOG_LEVEL),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    // nosniff on every answer: JSON that echoes input must never be read as HTML or script.
    void reply.header('x-correlation-id', request.id).header('x-content-type-options', 'nosniff');
  });
  fastify.addHook('preValidation', refuseUnsafeInput);
  acceptWorkbookUploads(fastify);
  const openApi = new DocumentBuilder()
    .setTitle('BudgetFlow API')
    .setDescription('Department budgets from draft through review to public disclosure')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  await app.listen(settings.PORT, settings.HOST);
  Logger.log(`gateway is up on http://127.0.0.1:${settings.PORT} (pid ${process.pid})`, 'Bootstrap');
  onShutdown('gateway', async () => {
    await app.close();
    await closeServiceResources(resources);
  });
}

runMain('gateway', main);
