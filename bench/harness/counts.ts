import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { Client } from 'pg';
import { budgetStreamName, subjectPrefix } from '@budgetflow/contracts';
import { STATEFUL_SERVICES, type StatefulService } from './system';
import { sleep } from './util';

/**
 * PostgreSQL reports a backend's transaction counts to pg_stat_database when the backend goes idle,
 * at most once a second, and an idle backend with pending counts within 10 s (PGSTAT_IDLE_INTERVAL):
 * a snapshot is exact once every connection has been idle that long.
 */
export const STATS_SETTLE_MS = 11_000;

export interface DatabaseCounts {
  xactCommit: number;
  xactRollback: number;
  tupInserted: number;
  tupUpdated: number;
  tupDeleted: number;
}

export interface CountSnapshot {
  databases: Record<StatefulService, DatabaseCounts>;
  /** Messages in the BUDGET stream, by subject (without the namespace). */
  streamMessages: Record<string, number>;
  /** Deliveries by each durable consumer of the stream (redeliveries included). */
  consumerDeliveries: Record<string, number>;
  /** Core NATS requests by subject (`budgetflow.<service>.<command>`), seen by a listener. */
  requests: Record<string, number>;
}

/** Listens to every command subject of the namespace (a plain subscription sees each request once). */
export class RequestCounter {
  private readonly counts = new Map<string, number>();
  private readonly subscription: Subscription;

  constructor(nc: NatsConnection, namespace: string) {
    const prefix = subjectPrefix(namespace);
    this.subscription = nc.subscribe(`${prefix}budgetflow.>`, {
      callback: (error, message) => {
        if (error) return;
        const subject = message.subject.slice(prefix.length);
        this.counts.set(subject, (this.counts.get(subject) ?? 0) + 1);
      },
    });
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  stop(): void {
    this.subscription.unsubscribe();
  }
}

export async function takeSnapshot(
  nc: NatsConnection,
  namespace: string,
  databases: Record<StatefulService, string>,
  counter: RequestCounter,
): Promise<CountSnapshot> {
  const maintenance = new URL(databases.gateway);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  const names = STATEFUL_SERVICES.map((service) =>
    decodeURIComponent(new URL(databases[service]).pathname.slice(1)),
  );
  let rows: {
    datname: string;
    xact_commit: string;
    xact_rollback: string;
    tup_inserted: string;
    tup_updated: string;
    tup_deleted: string;
  }[];
  try {
    ({ rows } = await client.query(
      `SELECT datname, xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted
         FROM pg_stat_database WHERE datname = ANY($1)`,
      [names],
    ));
  } finally {
    await client.end();
  }
  const byName = new Map(rows.map((row) => [row.datname, row]));
  const databasesCounts = Object.fromEntries(
    STATEFUL_SERVICES.map((service, i) => {
      const row = byName.get(names[i]);
      return [
        service,
        {
          xactCommit: Number(row?.xact_commit ?? 0),
          xactRollback: Number(row?.xact_rollback ?? 0),
          tupInserted: Number(row?.tup_inserted ?? 0),
          tupUpdated: Number(row?.tup_updated ?? 0),
          tupDeleted: Number(row?.tup_deleted ?? 0),
        },
      ];
    }),
  ) as Record<StatefulService, DatabaseCounts>;

  const jsm = await jetstreamManager(nc);
  const stream = budgetStreamName(namespace);
  const info = await jsm.streams.info(stream, { subjects_filter: '>' });
  const prefix = subjectPrefix(namespace);
  const streamMessages = Object.fromEntries(
    Object.entries(info.state.subjects ?? {}).map(([subject, count]) => [
      subject.slice(prefix.length),
      count,
    ]),
  );
  const consumerDeliveries: Record<string, number> = {};
  for await (const consumer of jsm.consumers.list(stream)) {
    consumerDeliveries[consumer.name] = consumer.delivered.consumer_seq;
  }
  return { databases: databasesCounts, streamMessages, consumerDeliveries, requests: counter.snapshot() };
}

export const settleStats = () => sleep(STATS_SETTLE_MS);

const diffRecord = (after: Record<string, number>, before: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(after)
      .map(([key, value]) => [key, value - (before[key] ?? 0)] as const)
      .filter(([, value]) => value !== 0),
  );

export interface CountDelta {
  databases: Record<StatefulService, DatabaseCounts>;
  streamMessages: Record<string, number>;
  consumerDeliveries: Record<string, number>;
  requests: Record<string, number>;
}

export function delta(after: CountSnapshot, before: CountSnapshot): CountDelta {
  return {
    databases: Object.fromEntries(
      STATEFUL_SERVICES.map((service) => {
        const a = after.databases[service];
        const b = before.databases[service];
        return [
          service,
          {
            xactCommit: a.xactCommit - b.xactCommit,
            xactRollback: a.xactRollback - b.xactRollback,
            tupInserted: a.tupInserted - b.tupInserted,
            tupUpdated: a.tupUpdated - b.tupUpdated,
            tupDeleted: a.tupDeleted - b.tupDeleted,
          },
        ];
      }),
    ) as Record<StatefulService, DatabaseCounts>,
    streamMessages: diffRecord(after.streamMessages, before.streamMessages),
    consumerDeliveries: diffRecord(after.consumerDeliveries, before.consumerDeliveries),
    requests: diffRecord(after.requests, before.requests),
  };
}
