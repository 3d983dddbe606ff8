import type { MigrationInterface } from 'typeorm';
import { gatewayMigrations } from '../../apps/gateway/src/migrations';
import { publicationMigrations } from '../../apps/publication/src/migrations';
import { submissionMigrations } from '../../apps/submission/src/migrations';
import { workflowMigrations } from '../../apps/workflow/src/migrations';

/** Every schema the project owns, with the migrations of the service that owns it. */
export const SERVICE_SCHEMAS: readonly { schema: string; migrations: (new () => MigrationInterface)[] }[] = [
  { schema: 'gateway', migrations: gatewayMigrations },
  { schema: 'submission', migrations: submissionMigrations },
  { schema: 'workflow', migrations: workflowMigrations },
  { schema: 'publication', migrations: publicationMigrations },
];
