import { BudgetStates } from '@budgetflow/contracts';
import {
  reconcilerContext,
  startServiceReconciler,
  type BackgroundTask,
  type ServiceResources,
} from '@budgetflow/service-kit';
import { reconcileSubmissions } from '@budgetflow/submission-core';

/** Starts submission's reconciler (libs/submission reconcileSubmissions), which asks the workflow. */
export const startSubmissionReconciler = (resources: ServiceResources): BackgroundTask =>
  startServiceReconciler(resources, 'submission-reconciler', (client, staleSeconds) =>
    reconcileSubmissions({
      database: resources.database!,
      namespace: resources.settings.BUDGETFLOW_NAMESPACE,
      staleSeconds,
      workflowStates: (budgetIds) =>
        client.call(BudgetStates, reconcilerContext('submission', 'reconcile-submissions'), { budgetIds }),
    }),
  );
