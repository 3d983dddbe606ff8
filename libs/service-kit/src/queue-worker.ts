import { Logger } from '@nestjs/common';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { ServiceResources } from './service-resources';

export type JobHandler = (job: Job) => Promise<unknown>;

/** BullMQ keys live under one prefix per installation, like the NATS subjects. */
export function queuePrefix(namespace: string): string {
  return namespace ? `budgetflow:${namespace}` : 'budgetflow';
}

/**
 * Runs a BullMQ worker for one queue, dispatching by job name. A job whose name has no handler
 * fails visibly (and stays in the failed set for inspection) rather than being dropped.
 */
export function startQueueWorker(
  resources: ServiceResources,
  queueName: string,
  handlers: Record<string, JobHandler>,
  concurrency = 4,
): Worker {
  if (!resources.redis) throw new Error(`${resources.service}: a queue worker needs Redis`);
  const logger = new Logger(`queue:${queueName}`);
  const worker = new Worker(
    queueName,
    async (job) => {
      const handler = handlers[job.name];
      if (!handler) throw new Error(`no handler for job "${job.name}" on queue ${queueName}`);
      return handler(job);
    },
    {
      connection: resources.redis.duplicate(),
      prefix: queuePrefix(resources.settings.BUDGETFLOW_NAMESPACE),
      concurrency,
      // A job whose worker was killed mid-run "stalls" and is run again; BullMQ's default fails it
      // for good at the second stall. Our jobs are idempotent, so a few more stalls are harmless.
      maxStalledCount: 5,
    },
  );
  worker.on('failed', (job, error) =>
    logger.warn(`job ${job?.id ?? '?'} (${job?.name ?? '?'}) failed: ${error.message}`),
  );
  worker.on('error', (error) => logger.error(error.message));
  return worker;
}

export function openQueue(resources: ServiceResources, queueName: string): Queue {
  if (!resources.redis) throw new Error(`${resources.service}: a queue needs Redis`);
  return new Queue(queueName, {
    connection: resources.redis,
    prefix: queuePrefix(resources.settings.BUDGETFLOW_NAMESPACE),
  });
}

/**
 * Adds a job under its deterministic id — or, when a job with that id already failed for good
 * (its attempts spent, or stalled too often by killed workers), sends that job back to run once
 * more. A plain `add` would be a no-op then, and the work PostgreSQL still calls pending would
 * never be done. Reconcilers call this every pass, so a failing job is retried once per pass.
 */
export async function addOrRevive(
  queue: Queue,
  name: string,
  data: unknown,
  options: JobsOptions & { jobId: string },
): Promise<void> {
  const existing = (await queue.getJob(options.jobId)) as Job | undefined;
  if (existing && (await existing.isFailed())) {
    await existing.retry('failed');
    return;
  }
  await queue.add(name, data, options);
}
