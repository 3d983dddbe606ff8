import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/budgetflow';

/** A fresh, empty database for one integration test file; drop() removes it. */
export async function createTestDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  // Only [a-z0-9_] in the name, so it needs no quoting beyond the double quotes.
  const name = `budgetflow_${label.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(4).toString('hex')}`;
  url.pathname = `/${name}`;
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const run = async (sql: string) => {
    const client = new Client({ connectionString: maintenance.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${`"${name}"`}`);
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${`"${name}"`} WITH (FORCE)`) };
}
