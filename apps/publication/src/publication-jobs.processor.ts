import type { Job } from 'bullmq';
import {
  checkPublicationDeadline,
  deliverPublication,
  publishBudget,
  reconcilePublications,
  type PublicationDeps,
  type PublicationScheduler,
} from '@budgetflow/publication-core';
import {
  addOrRevive,
  openQueue,
  startQueueWorker,
  type BackgroundTask,
  type ServiceResources,
} from '@budgetflow/service-kit';

const QUEUE = 'publication';
const delayUntil = (at: string | undefined) => Math.max(0, at ? new Date(at).getTime() - Date.now() : 0);

/** Publication's BullMQ work: deterministic job ids (no double posting), retries with backoff. */
export class PublicationJobs implements PublicationScheduler {
  private readonly queue;

  constructor(private readonly resources: ServiceResources) {
    this.queue = openQueue(resources, QUEUE);
  }

  async publish(budgetId: string, version: number, notBefore?: string): Promise<void> {
    await addOrRevive(
      this.queue,
      'publish',
      { budgetId, version },
      {
        jobId: `publish-${budgetId}-v${version}`,
        delay: delayUntil(notBefore),
        attempts: 20,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: 1000,
      },
    );
  }

  async deliver(budgetId: string, version: number, target: string): Promise<void> {
    await addOrRevive(
      this.queue,
      'deliver',
      { budgetId, version, target },
      {
        jobId: `deliver-${target}-${budgetId}-v${version}`,
        attempts: 50,
        // Capped exponential: quick retries first, then every few minutes until the deadline alert.
        backoff: { type: 'exponential', delay: 500 },
        removeOnComplete: 1000,
      },
    );
  }

  async deadline(budgetId: string, version: number, status: 'near' | 'missed', at: string): Promise<void> {
    await addOrRevive(
      this.queue,
      'deadline',
      { budgetId, version, status },
      {
        jobId: `deadline-${status}-${budgetId}-v${version}`,
        delay: delayUntil(at),
        attempts: 10,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: 1000,
      },
    );
  }

  /** The worker, and a periodic reconciliation from PostgreSQL (also right away at start). */
  async start(deps: PublicationDeps, reconcileEverySeconds: number): Promise<BackgroundTask> {
    const worker = startQueueWorker(this.resources, QUEUE, {
      publish: (job: Job<{ budgetId: string; version: number }>) => publishBudget(deps, job.data),
      deliver: (job: Job<{ budgetId: string; version: number; target: string }>) =>
        deliverPublication(deps, job.data),
      deadline: (job: Job<{ budgetId: string; version: number; status: 'near' | 'missed' }>) =>
        checkPublicationDeadline(deps, job.data),
    });
    await reconcilePublications(deps);
    const timer = setInterval(
      () => void reconcilePublications(deps).catch(() => undefined),
      reconcileEverySeconds * 1000,
    );
    return {
      stop: async () => {
        clearInterval(timer);
        await worker.close();
        await this.queue.close();
      },
    };
  }
}
