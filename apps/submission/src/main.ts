import 'reflect-metadata';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import { submissionMigrations } from './migrations';
import { SubmissionModule } from './submission.module';

runMain('submission', () =>
  startBackendService({
    service: 'submission',
    module: () => SubmissionModule,
    database: { schema: 'submission', migrations: submissionMigrations },
    redis: false,
  }),
);
