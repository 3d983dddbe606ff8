import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { BackendClient } from './backend/backend-client';
import { ApiErrorFilter } from './errors/api-error.filter';
import { HealthHttpController } from './health/health.http-controller';
import { SystemHealth } from './health/system-health';
import { SchemaHttpController } from './schema/schema.http-controller';

@Module({
  controllers: [HealthHttpController, SchemaHttpController],
  providers: [BackendClient, SystemHealth, { provide: APP_FILTER, useClass: ApiErrorFilter }],
})
export class GatewayModule {}
