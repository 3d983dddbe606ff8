import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';

/**
 * Connects to NATS. The first connection must succeed within the timeout, so that a wrong URL
 * stops the service with a clear message; after that the client reconnects for ever.
 */
export async function connectNats(url: string, name: string, timeoutMs = 5000): Promise<NatsConnection> {
  try {
    return await connect({
      servers: url,
      name,
      timeout: timeoutMs,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach NATS at ${url}: ${reason}`);
  }
}
