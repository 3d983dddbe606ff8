import type { NatsConnection } from '@nats-io/nats-core';
import { NotificationListener } from './notification-listener';

/** What a change feed says when it may have missed changes: every cached copy is suspect. */
export const EVERYTHING_CHANGED = '*';

export interface ChangeFeedOptions {
  databaseUrl: string;
  /** The channel the service's triggers notify, with the changed record's id as the payload. */
  channel: string;
  /** The core NATS subject the ids are announced on. */
  subject: string;
  log?: (message: string) => void;
}

/**
 * Announces on core NATS which records a service's committed transactions changed, so that other
 * processes can drop their copies. Triggers send the ids (pg_notify, delivered on commit); when the
 * listening connection was lost and is back, EVERYTHING_CHANGED covers what it missed. Core NATS
 * keeps nothing: a copy that can miss an announcement must also expire.
 */
export async function startChangeFeed(
  nc: NatsConnection,
  options: ChangeFeedOptions,
): Promise<{ stop(): Promise<void> }> {
  let started = false;
  const listener = new NotificationListener({
    databaseUrl: options.databaseUrl,
    channel: options.channel,
    onNotification: (id) => nc.publish(options.subject, id),
    onListening: () => {
      if (started) nc.publish(options.subject, EVERYTHING_CHANGED);
      started = true;
    },
    ...(options.log ? { log: options.log } : {}),
  });
  await listener.start();
  return { stop: () => listener.stop() };
}
