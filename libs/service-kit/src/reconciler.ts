import { Logger } from '@nestjs/common';
import { DomainError } from '@budgetflow/budget-domain';
import type { CommandContext } from '@budgetflow/contracts';
import { integer, readSettings } from '@budgetflow/runtime';
import type { BackgroundTask } from './backend-service';
import { CommandClient } from './command-client';
import type { ServiceResources } from './service-resources';

/**
 * How often the reconcilers look, and how long a budget may sit in an intermediate state
 * (submitted without a validation, approved without a publication, locked in submission but
 * unknown to the workflow) before they re-drive it from PostgreSQL.
 */
export const readReconcileSettings = () =>
  readSettings({
    RECONCILE_INTERVAL_SECONDS: integer(30, 1, 3600),
    RECONCILE_STALE_SECONDS: integer(120, 1, 86_400),
  });

/**
 * Runs `pass` now and then every `intervalSeconds`, never two passes at once. A failing pass
 * (a dependency down) is logged and tried again at the next tick: reconciling is always safe to
 * repeat.
 */
export function startReconciler(
  name: string,
  intervalSeconds: number,
  pass: () => Promise<string | undefined>,
): BackgroundTask {
  const logger = new Logger(name);
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = pass()
      .then((summary) => {
        if (summary) logger.warn(summary);
      })
      .catch((error: unknown) =>
        logger.warn(`reconcile pass failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/** Reconciliation commands come from another service, never from a person through the gateway. */
export function requireServiceActor(context: CommandContext): void {
  if (context.actor.role !== 'service')
    throw new DomainError('AUTH.FORBIDDEN', `a ${context.actor.role} may not send reconciliation commands`);
}

/** The context a service's reconciler sends its commands with. */
export const reconcilerContext = (service: string, correlationId: string): CommandContext => ({
  correlationId,
  actor: { id: service, name: `${service} reconciler`, role: 'service' },
  scope: { all: true },
});

/**
 * A service's reconciler with its own line to the other services: `pass` gets the command client
 * and the staleness setting; the client is closed when the reconciler stops.
 */
export function startServiceReconciler(
  resources: ServiceResources,
  name: string,
  pass: (client: CommandClient, staleSeconds: number) => Promise<string | undefined>,
): BackgroundTask {
  const { RECONCILE_INTERVAL_SECONDS, RECONCILE_STALE_SECONDS } = readReconcileSettings();
  const client = new CommandClient(
    resources.settings.NATS_URL,
    resources.settings.BUDGETFLOW_NAMESPACE,
    name,
    15_000,
  );
  const task = startReconciler(name, RECONCILE_INTERVAL_SECONDS, () => pass(client, RECONCILE_STALE_SECONDS));
  return {
    stop: async () => {
      await task.stop();
      await client.close();
    },
  };
}
