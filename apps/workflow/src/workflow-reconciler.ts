import { ReconcileApproval, Revalidate } from '@budgetflow/contracts';
import {
  CommandClient,
  readReconcileSettings,
  reconcilerContext,
  startReconciler,
  type BackgroundTask,
  type ServiceResources,
} from '@budgetflow/service-kit';
import { reconcileWorkflow } from '@budgetflow/workflow-core';

/**
 * Starts the workflow's reconciler (libs/workflow reconcileWorkflow) with its NATS commands to
 * validation and publication; RECONCILE_INTERVAL_SECONDS and RECONCILE_STALE_SECONDS tune it.
 */
export function startWorkflowReconciler(resources: ServiceResources): BackgroundTask {
  const { RECONCILE_INTERVAL_SECONDS, RECONCILE_STALE_SECONDS } = readReconcileSettings();
  const client = new CommandClient(
    resources.settings.NATS_URL,
    resources.settings.BUDGETFLOW_NAMESPACE,
    'workflow-reconciler',
    15_000,
  );
  const task = startReconciler('workflow-reconciler', RECONCILE_INTERVAL_SECONDS, () =>
    reconcileWorkflow({
      database: resources.database!,
      staleSeconds: RECONCILE_STALE_SECONDS,
      revalidate: async (budgetId, version, submittedEventId) => {
        await client.call(Revalidate, reconcilerContext('workflow', `reconcile-${budgetId}-v${version}`), {
          budgetId,
          version,
          submittedEventId,
        });
      },
      approvalStatus: async (budgetId, version) =>
        (
          await client.call(
            ReconcileApproval,
            reconcilerContext('workflow', `reconcile-${budgetId}-v${version}`),
            { budgetId, version, staleSeconds: RECONCILE_STALE_SECONDS },
          )
        ).status,
    }),
  );
  return {
    stop: async () => {
      await task.stop();
      await client.close();
    },
  };
}
