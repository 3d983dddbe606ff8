import 'reflect-metadata';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import { publicationMigrations } from './migrations';

runMain('publication', () =>
  startBackendService({
    service: 'publication',
    database: { schema: 'publication', migrations: publicationMigrations },
    redis: true,
  }),
);
