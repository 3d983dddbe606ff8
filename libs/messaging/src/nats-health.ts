import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { budgetStreamName, type DependencyHealth } from '@budgetflow/contracts';
import { timed } from '@budgetflow/runtime';

export async function checkNats(nc: NatsConnection): Promise<DependencyHealth> {
  if (nc.isClosed()) return { status: 'down', detail: 'connection closed' };
  return timed(async () => {
    const rtt = await nc.rtt();
    return `round trip ${rtt} ms`;
  });
}

export async function checkJetStream(nc: NatsConnection, namespace: string): Promise<DependencyHealth> {
  return timed(async () => {
    const jsm = await jetstreamManager(nc, { timeout: 2000 });
    const info = await jsm.streams.info(budgetStreamName(namespace));
    return `stream ${info.config.name}: ${info.state.messages} messages`;
  });
}
