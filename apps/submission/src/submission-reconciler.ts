import { BudgetStates } from '@budgetflow/contracts';
import {
  CommandClient,
  readReconcileSettings,
  reconcilerContext,
  startReconciler,
  type BackgroundTask,
  type ServiceResources,
} from '@budgetflow/service-kit';
import { reconcileSubmissions } from '@budgetflow/submission-core';

/** Starts submission's reconciler (libs/submission reconcileSubmissions), which asks the workflow. */
export function startSubmissionReconciler(resources: ServiceResources): BackgroundTask {
  const { RECONCILE_INTERVAL_SECONDS, RECONCILE_STALE_SECONDS } = readReconcileSettings();
  const client = new CommandClient(
    resources.settings.NATS_URL,
    resources.settings.BUDGETFLOW_NAMESPACE,
    'submission-reconciler',
    15_000,
  );
  const task = startReconciler('submission-reconciler', RECONCILE_INTERVAL_SECONDS, () =>
    reconcileSubmissions({
      database: resources.database!,
      namespace: resources.settings.BUDGETFLOW_NAMESPACE,
      staleSeconds: RECONCILE_STALE_SECONDS,
      workflowStates: (budgetIds) =>
        client.call(BudgetStates, reconcilerContext('submission', 'reconcile-submissions'), { budgetIds }),
    }),
  );
  return {
    stop: async () => {
      await task.stop();
      await client.close();
    },
  };
}
