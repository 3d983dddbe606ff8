import 'reflect-metadata';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import { workflowMigrations } from './migrations';
import { WorkflowModule } from './workflow.module';

runMain('workflow', () =>
  startBackendService({
    service: 'workflow',
    module: () => WorkflowModule,
    database: { schema: 'workflow', migrations: workflowMigrations },
    redis: true,
  }),
);
