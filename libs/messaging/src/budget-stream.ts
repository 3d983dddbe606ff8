import { DiscardPolicy, RetentionPolicy, StorageType, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { budgetStreamName, budgetStreamSubjects } from '@budgetflow/contracts';

const TWO_MINUTES_NS = 2 * 60 * 1_000_000_000;

/**
 * Creates the BUDGET event stream when missing (file storage, de-duplication by Nats-Msg-Id over
 * two minutes). Idempotent: every service calls it at start, whichever comes first.
 */
export async function ensureBudgetStream(nc: NatsConnection, namespace: string): Promise<string> {
  const jsm = await jetstreamManager(nc);
  const name = budgetStreamName(namespace);
  try {
    await jsm.streams.info(name);
  } catch {
    try {
      await jsm.streams.add({
        name,
        subjects: budgetStreamSubjects(namespace),
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        discard: DiscardPolicy.Old,
        duplicate_window: TWO_MINUTES_NS,
      });
    } catch (error) {
      // Another service may have created it between our look and our add.
      await jsm.streams.info(name).catch(() => {
        throw error;
      });
    }
  }
  return name;
}
