import 'reflect-metadata';
import { BudgetAmendmentStarted, BudgetReturned } from '@budgetflow/contracts';
import { onEvent } from '@budgetflow/messaging';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import { unlockReturned } from '@budgetflow/submission-core';
import { submissionMigrations } from './migrations';
import { submissionCommands } from './submission.nats-commands';
import { startSubmissionReconciler } from './submission-reconciler';

runMain('submission', () =>
  startBackendService({
    service: 'submission',
    database: { schema: 'submission', migrations: submissionMigrations },
    wire: (resources) => ({
      commands: submissionCommands(resources),
      consumers: [
        onEvent(BudgetReturned, (event, tx) => unlockReturned(event, tx!)),
        onEvent(BudgetAmendmentStarted, (event, tx) => unlockReturned(event, tx!)),
      ],
      start: () => Promise.resolve([startSubmissionReconciler(resources)]),
    }),
  }),
);
