import type { Job } from 'bullmq';
import { markReviewOverdue, reviewsInProgress, type WorkflowDeps } from '@budgetflow/workflow-core';
import {
  openQueue,
  startQueueWorker,
  type BackgroundTask,
  type ServiceResources,
} from '@budgetflow/service-kit';

const QUEUE = 'workflow-review-deadlines';
const JOB = 'review-overdue';

/** BullMQ delayed jobs: one per budget version in review, due at its review deadline. */
export class ReviewDeadlines {
  private readonly queue;

  constructor(private readonly resources: ServiceResources) {
    this.queue = openQueue(resources, QUEUE);
  }

  /** Idempotent: the job id is the budget and version, so scheduling twice adds nothing. */
  async schedule(budgetId: string, version: number, dueAt: string): Promise<void> {
    await this.queue.add(
      JOB,
      { budgetId, version },
      {
        jobId: `review-${budgetId}-${version}`,
        delay: Math.max(0, new Date(dueAt).getTime() - Date.now()),
        attempts: 10,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: 1000,
      },
    );
  }

  /** Starts the worker and re-schedules every review in progress (a lost job is re-created). */
  async start(deps: WorkflowDeps): Promise<BackgroundTask> {
    const database = this.resources.database!;
    const worker = startQueueWorker(this.resources, QUEUE, {
      [JOB]: (job: Job<{ budgetId: string; version: number }>) =>
        database.transaction((tx) => markReviewOverdue(deps, tx, job.data)),
    });
    for (const review of await reviewsInProgress(database.manager)) {
      await this.schedule(review.budgetId, review.version, review.dueAt);
    }
    return {
      stop: async () => {
        await worker.close();
        await this.queue.close();
      },
    };
  }
}
