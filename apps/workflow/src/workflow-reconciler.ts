import { ReconcileApproval, Revalidate } from '@budgetflow/contracts';
import {
  reconcilerContext,
  startServiceReconciler,
  type BackgroundTask,
  type ServiceResources,
} from '@budgetflow/service-kit';
import { reconcileWorkflow } from '@budgetflow/workflow-core';

/**
 * Starts the workflow's reconciler (libs/workflow reconcileWorkflow) with its NATS commands to
 * validation and publication; RECONCILE_INTERVAL_SECONDS and RECONCILE_STALE_SECONDS tune it.
 */
export const startWorkflowReconciler = (resources: ServiceResources): BackgroundTask =>
  startServiceReconciler(resources, 'workflow-reconciler', (client, staleSeconds) =>
    reconcileWorkflow({
      database: resources.database!,
      staleSeconds,
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
            {
              budgetId,
              version,
              staleSeconds,
            },
          )
        ).status,
    }),
  );
