import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase } from '@budgetflow/testing';
import { openServiceDatabase } from './postgres-database';

class CreateLedger1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE ledger (id serial PRIMARY KEY, amount numeric(18, 2) NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ledger');
  }
}

describe('openServiceDatabase on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => (database = await createTestDatabase('runtime')));
  afterAll(() => database.drop());

  it('migrates the service schema once even when several instances start together', async () => {
    const options = { url: database.url, schema: 'ledger_service', migrations: [CreateLedger1700000000000] };
    const instances = await Promise.all([1, 2, 3].map(() => openServiceDatabase(options)));
    try {
      const applied = await instances[0].query<{ name: string }[]>(
        'SELECT name FROM ledger_service.migrations',
      );
      expect(applied.map((m) => m.name)).toEqual(['CreateLedger1700000000000']);
      // search_path puts the service's tables in its own schema, not in public.
      const [table] = await instances[1].query<{ table_schema: string }[]>(
        "SELECT table_schema FROM information_schema.tables WHERE table_name = 'ledger'",
      );
      expect(table?.table_schema).toBe('ledger_service');
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
    }
  });

  it('keeps NUMERIC amounts exact, as strings', async () => {
    const instance = await openServiceDatabase({
      url: database.url,
      schema: 'ledger_service',
      migrations: [CreateLedger1700000000000],
    });
    try {
      await instance.query('INSERT INTO ledger (amount) VALUES ($1), ($2)', ['0.10', '0.20']);
      const [row] = await instance.query<{ total: string }[]>('SELECT sum(amount) AS total FROM ledger');
      expect(row?.total).toBe('0.30');
    } finally {
      await instance.destroy();
    }
  });
});
