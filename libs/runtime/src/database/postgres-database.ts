import { Client } from 'pg';
import { DataSource, type MigrationInterface, type MixedList, type EntitySchema } from 'typeorm';

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own schema: no service reads another's tables. */
  schema: string;
  migrations: MixedList<new () => MigrationInterface>;
  entities?: MixedList<string | EntitySchema | (new () => unknown)>;
  poolSize?: number;
}

/** Creates the database named in the URL when it does not exist yet (a fresh machine). */
export async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`).catch((error: { code?: string }) => {
        // Created meanwhile by another service starting at the same moment.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Opens the service's schema and brings it to the latest migration. Several instances may start
 * at once, so migrations run under a PostgreSQL advisory lock keyed by the schema.
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  await ensureDatabaseExists(options.url);
  await withAdvisoryLock(options.url, `budgetflow.migrate.${options.schema}`, async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
  });
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities ?? [],
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // search_path makes plain SQL in migrations land in the service's own schema.
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      options: `-c search_path=${options.schema}`,
    },
  });
  await dataSource.initialize();
  try {
    await withAdvisoryLock(options.url, `budgetflow.migrate.${options.schema}`, () =>
      dataSource.runMigrations(),
    );
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

async function withAdvisoryLock<T>(
  url: string,
  key: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    return await work(client);
  } finally {
    await client.end(); // ending the session releases the lock
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A database URL that looks like production must not be dropped by a tool without --force. */
export function looksLikeProduction(databaseUrl: string): boolean {
  const target = new URL(databaseUrl);
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]', 'postgres', 'db'].includes(target.hostname);
  return !local || /prod|live/i.test(`${target.hostname}${target.pathname}`);
}
