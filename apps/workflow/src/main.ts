import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import {
  BudgetDelivered,
  BudgetDraftCreated,
  BudgetPublicationDeadline,
  BudgetPublished,
  BudgetSubmitted,
  BudgetValidated,
  budgetChangesSubject,
} from '@budgetflow/contracts';
import { onEvent, startChangeFeed } from '@budgetflow/messaging';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import {
  BUDGET_CHANGES_CHANNEL,
  onDraftCreated,
  onPublished,
  onSubmitted,
  onValidated,
  recordInHistory,
  type WorkflowDeps,
} from '@budgetflow/workflow-core';
import { workflowMigrations } from './migrations';
import { ReviewDeadlines } from './review-deadlines.processor';
import { workflowCommands } from './workflow.nats-commands';
import { startWorkflowReconciler } from './workflow-reconciler';
import { readWorkflowSettings } from './workflow-settings';

runMain('workflow', () => {
  const { REVIEW_DAYS } = readWorkflowSettings();
  return startBackendService({
    service: 'workflow',
    database: { schema: 'workflow', migrations: workflowMigrations },
    redis: true,
    wire: (resources) => {
      const deadlines = new ReviewDeadlines(resources);
      const deps: WorkflowDeps = {
        database: resources.database!,
        namespace: resources.settings.BUDGETFLOW_NAMESPACE,
        reviewDays: REVIEW_DAYS,
        scheduleReviewReminder: (budgetId, version, dueAt) => deadlines.schedule(budgetId, version, dueAt),
      };
      return {
        commands: workflowCommands(deps),
        consumers: [
          onEvent(BudgetDraftCreated, (event, tx) => onDraftCreated(event, tx!)),
          onEvent(BudgetSubmitted, (event, tx) => onSubmitted(event, tx!)),
          onEvent(BudgetValidated, (event, tx) => onValidated(deps, event, tx!)),
          onEvent(BudgetPublished, (event, tx) => onPublished(event, tx!)),
          onEvent(BudgetDelivered, (event, tx) =>
            recordInHistory(event, 'delivered', `${event.data.target}: ${event.data.url ?? ''}`, tx!),
          ),
          onEvent(BudgetPublicationDeadline, (event, tx) =>
            recordInHistory(
              event,
              `publication-deadline-${event.data.status}`,
              `deadline ${event.data.deadlineAt}`,
              tx!,
            ),
          ),
        ],
        start: async () => [
          await deadlines.start(deps),
          startWorkflowReconciler(resources),
          // The gateways cache budget reads; they drop a copy when its budget changes here.
          await startChangeFeed(resources.nats, {
            databaseUrl: resources.settings.DATABASE_URL,
            channel: BUDGET_CHANGES_CHANNEL,
            subject: budgetChangesSubject(resources.settings.BUDGETFLOW_NAMESPACE),
            log: (message) => new Logger('workflow').warn(message),
          }),
        ],
      };
    },
  });
});
