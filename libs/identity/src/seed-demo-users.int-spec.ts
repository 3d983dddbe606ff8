import { createTestDatabase } from '@budgetflow/testing';
import { openServiceDatabase } from '@budgetflow/runtime';
import type { DataSource } from 'typeorm';
import { identityMigrations } from './migrations';
import { DEMO_USERS } from './demo-users';
import { verifyPassword } from './password-hash';
import { seedDemoUsers } from './seed-demo-users';

describe('seedDemoUsers on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let gateway: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('identity');
    gateway = await openServiceDatabase({
      url: database.url,
      schema: 'gateway',
      migrations: identityMigrations,
    });
  });
  afterAll(async () => {
    await gateway.destroy();
    await database.drop();
  });

  it('creates every demo user with its units, and a second run changes nothing', async () => {
    expect(await seedDemoUsers(gateway)).toEqual({
      created: DEMO_USERS.length,
      updated: 0,
      units: { created: 3, updated: 0 },
    });
    const before = await gateway.query<unknown[]>('SELECT * FROM users ORDER BY username');
    const unitsBefore = await gateway.query<unknown[]>('SELECT * FROM units ORDER BY id');
    expect(await seedDemoUsers(gateway)).toEqual({
      created: 0,
      updated: 0,
      units: { created: 0, updated: 0 },
    });
    expect(await gateway.query<unknown[]>('SELECT * FROM users ORDER BY username')).toEqual(before);
    expect(await gateway.query<unknown[]>('SELECT * FROM units ORDER BY id')).toEqual(unitsBefore);

    const units = await gateway.query<{ username: string; units: string[] }[]>(
      `SELECT u.username, array_agg(uu.unit_id ORDER BY uu.unit_id) AS units
         FROM users u JOIN user_units uu ON uu.user_id = u.id GROUP BY u.username ORDER BY u.username`,
    );
    expect(units).toEqual([
      { username: 'handan', units: ['130400-312'] },
      { username: 'jiyuan', units: ['419001-020'] },
      { username: 'julu', units: ['130529-312'] },
      { username: 'reviewer', units: ['130400-312', '130529-312', '419001-020'] },
    ]);
  });

  it('creates the units of the seed disclosures with their names', async () => {
    expect(await gateway.query('SELECT id, name FROM units ORDER BY id')).toEqual([
      { id: '130400-312', name: '邯郸市公安局' },
      { id: '130529-312', name: '巨鹿县公安局' },
      { id: '419001-020', name: '济源市公安局' },
    ]);
  });

  it('gives a renamed seed unit its name back and counts it as updated', async () => {
    await gateway.query("UPDATE units SET name = '改过的名字' WHERE id = '130529-312'");
    expect(await seedDemoUsers(gateway)).toEqual({
      created: 0,
      updated: 0,
      units: { created: 0, updated: 1 },
    });
    expect(await gateway.query("SELECT name FROM units WHERE id = '130529-312'")).toEqual([
      { name: '巨鹿县公安局' },
    ]);
  });

  it('stores a hash that verifies the demo password, never the password itself', async () => {
    const [admin] = await gateway.query<{ password_hash: string }[]>(
      "SELECT password_hash FROM users WHERE username = 'admin'",
    );
    expect(admin?.password_hash).not.toContain('demo');
    await expect(verifyPassword('demo', admin.password_hash)).resolves.toBe(true);
  });
});
