import type { JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/nats-core';
import type { DataSource } from 'typeorm';
import { NotificationListener } from '../notifications/notification-listener';

export interface OutboxRelayOptions {
  /** The service's schema: its outbox table and the channel it is notified on. */
  schema: string;
  /** Used for the LISTEN connection, which the pool cannot hold on to. */
  databaseUrl: string;
  batchSize?: number;
  /** The relay also looks without a notification this often, in case one was missed. */
  pollIntervalMs?: number;
  log?: (message: string) => void;
}

interface OutboxRow {
  id: string;
  subject: string;
  payload: unknown;
  headers: Record<string, string>;
}

export const outboxChannel = (schema: string): string => `outbox_${schema}`;

/**
 * Publishes committed outbox rows to JetStream, oldest first, and marks them sent. Rows are
 * claimed with FOR UPDATE SKIP LOCKED, so several instances share the work without sending a
 * row twice; a crash before the mark only re-sends rows whose Nats-Msg-Id the stream de-duplicates
 * (and consumers record processed ids for anything older than its window).
 */
export class OutboxRelay {
  private listener?: NotificationListener;
  private running = false;
  private wake?: () => void;
  /** A notification arrived since the last look: look again instead of sleeping. */
  private notified = false;
  private loop?: Promise<void>;

  constructor(
    private readonly database: DataSource,
    private readonly js: JetStreamClient,
    private readonly options: OutboxRelayOptions,
  ) {}

  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.stop();
  }

  /** Sends one batch; returns how many rows it sent. */
  async relayOnce(): Promise<number> {
    return this.database.transaction(async (tx) => {
      const rows = await tx.query<OutboxRow[]>(
        `SELECT id, subject, payload, headers FROM outbox
          WHERE published_at IS NULL ORDER BY created_at, id
          LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 100],
      );
      if (rows.length === 0) return 0;
      // Sent in order on one connection, so the stream stores them in order (consumers rely on a
      // budget's events arriving in order), and the acks awaited together rather than one round
      // trip each. If any publish fails, the batch is not marked and is sent again: the stream
      // de-duplicates what already arrived by Nats-Msg-Id.
      await Promise.all(
        rows.map((row) => {
          const h = natsHeaders();
          for (const [name, value] of Object.entries(row.headers)) h.set(name, value);
          return this.js.publish(row.subject, JSON.stringify(row.payload), { msgID: row.id, headers: h });
        }),
      );
      await tx.query('UPDATE outbox SET published_at = now(), attempts = attempts + 1 WHERE id = ANY($1)', [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      this.notified = false;
      try {
        sent = await this.relayOnce();
      } catch (error) {
        this.options.log?.(
          `outbox relay: ${error instanceof Error ? error.message : String(error)}; retrying`,
        );
        await this.sleep(1000);
        continue;
      }
      // A commit notified while the batch was being read is not in it: look again at once.
      if (sent === 0 && !this.notified) await this.sleep(this.options.pollIntervalMs ?? 1000);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async listen(): Promise<void> {
    this.listener = new NotificationListener({
      databaseUrl: this.options.databaseUrl,
      channel: outboxChannel(this.options.schema),
      onNotification: () => {
        this.notified = true;
        this.wake?.();
      },
      // Back after losing the connection: commits in between were not announced.
      onListening: () => this.wake?.(),
      log: (message) => this.options.log?.(`outbox relay: ${message}; polling until it is back`),
    });
    await this.listener.start();
  }
}
