import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { BackendClient } from './backend/backend-client';
import { BudgetDetailCache } from './budgets/budget-detail-cache';
import { BudgetsHttpController } from './budgets/budgets.http-controller';
import { DisclosureFiles } from './portal/disclosure-files';
import { PublicDisclosuresHttpController } from './portal/public-disclosures.http-controller';
import { ApiErrorFilter } from './errors/api-error.filter';
import { HealthHttpController } from './health/health.http-controller';
import { SystemHealth } from './health/system-health';
import { IdempotencyModule } from './http/idempotency.module';
import { SchemaHttpController } from './schema/schema.http-controller';

@Module({
  imports: [AuthModule, IdempotencyModule],
  controllers: [
    HealthHttpController,
    SchemaHttpController,
    BudgetsHttpController,
    PublicDisclosuresHttpController,
  ],
  providers: [
    BackendClient,
    BudgetDetailCache,
    SystemHealth,
    DisclosureFiles,
    { provide: APP_FILTER, useClass: ApiErrorFilter },
  ],
})
export class GatewayModule {}
