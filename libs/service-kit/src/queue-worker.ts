import { Logger } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
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
