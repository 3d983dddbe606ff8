import {
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  jetstreamManager,
  type JetStreamManager,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  budgetStreamName,
  budgetStreamSubjects,
  deadLetterStreamName,
  deadLetterSubject,
} from '@budgetflow/contracts';

const TWO_MINUTES_NS = 2 * 60 * 1_000_000_000;

/**
 * Creates the BUDGET event stream and its dead-letter stream when missing (file storage,
 * de-duplication by Nats-Msg-Id over two minutes). Idempotent: every service calls it at start,
 * whichever comes first.
 */
export async function ensureBudgetStream(nc: NatsConnection, namespace: string): Promise<string> {
  const jsm = await jetstreamManager(nc);
  const name = budgetStreamName(namespace);
  await ensureStream(jsm, name, budgetStreamSubjects(namespace));
  await ensureStream(jsm, deadLetterStreamName(namespace), [deadLetterSubject(namespace, '>')]);
  return name;
}

async function ensureStream(jsm: JetStreamManager, name: string, subjects: string[]): Promise<void> {
  try {
    await jsm.streams.info(name);
    return;
  } catch {
    // not there yet
  }
  try {
    await jsm.streams.add({
      name,
      subjects,
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
