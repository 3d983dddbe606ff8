import { queuePrefix } from '@budgetflow/service-kit';

/**
 * The gateway's own Redis keys, under the installation's prefix (`budgetflow:<namespace>`) like
 * its queues, so that two installations on one Redis never share a counter and the tools that
 * clean an installation's keys find these too.
 */
export function gatewayRedisPrefix(namespace: string): string {
  return `${queuePrefix(namespace)}:gateway`;
}
