import 'reflect-metadata';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import { publicationMigrations } from './migrations';
import { PublicationModule } from './publication.module';

runMain('publication', () =>
  startBackendService({
    service: 'publication',
    module: () => PublicationModule,
    database: { schema: 'publication', migrations: publicationMigrations },
    redis: true,
  }),
);
