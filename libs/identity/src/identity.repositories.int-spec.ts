import { createTestDatabase } from '@budgetflow/testing';
import { openServiceDatabase } from '@budgetflow/runtime';
import type { DataSource } from 'typeorm';
import { identityMigrations } from './migrations';
import { verifyPassword } from './password-hash';
import { seedDemoUsers } from './seed-demo-users';
import { UnitRepository } from './unit.repository';
import { UserRepository } from './user.repository';

describe('user and unit repositories on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let gateway: DataSource;
  let users: UserRepository;
  let units: UnitRepository;

  beforeAll(async () => {
    database = await createTestDatabase('identity_repositories');
    gateway = await openServiceDatabase({
      url: database.url,
      schema: 'gateway',
      migrations: identityMigrations,
      poolSize: 2,
    });
    await seedDemoUsers(gateway);
    users = new UserRepository(gateway);
    units = new UnitRepository(gateway);
  });
  afterAll(async () => {
    await gateway.destroy();
    await database.drop();
  });

  it('finds a user by username with its units and its password hash', async () => {
    const reviewer = await users.findByUsernameWithUnits('reviewer');
    expect(reviewer).toMatchObject({
      username: 'reviewer',
      displayName: '财政局 预算审核员',
      role: 'reviewer',
      unitIds: ['130400-312', '130529-312', '419001-020'],
    });
    await expect(verifyPassword('demo', reviewer!.passwordHash)).resolves.toBe(true);
  });

  it('finds a user without units with an empty unit list', async () => {
    expect((await users.findByUsernameWithUnits('admin'))?.unitIds).toEqual([]);
  });

  it('matches the username exactly and answers null for an unknown one', async () => {
    expect(await users.findByUsernameWithUnits('Reviewer')).toBeNull();
    expect(await users.findByUsernameWithUnits('nobody')).toBeNull();
  });

  it('finds a user by id, without its hash, and null for an unknown or malformed id', async () => {
    const handan = await users.findByUsernameWithUnits('handan');
    expect(await users.findById(handan!.id)).toEqual({
      id: handan!.id,
      username: 'handan',
      displayName: '邯郸市公安局 预算填报员',
      role: 'submitter',
      unitIds: ['130400-312'],
    });
    expect(await users.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await users.findById("x' OR '1'='1")).toBeNull();
  });

  it('lists every unit for an all-units scope, and only the named known ones otherwise', async () => {
    expect(await units.listInScope({ all: true })).toEqual([
      { id: '130400-312', name: '邯郸市公安局' },
      { id: '130529-312', name: '巨鹿县公安局' },
      { id: '419001-020', name: '济源市公安局' },
    ]);
    expect(await units.listInScope({ unitIds: ['419001-020', '999999-1'] })).toEqual([
      { id: '419001-020', name: '济源市公安局' },
    ]);
    expect(await units.listInScope({ unitIds: [] })).toEqual([]);
  });

  it('refuses to assign a user to a unit that does not exist', async () => {
    const handan = await users.findByUsernameWithUnits('handan');
    await expect(
      gateway.query('INSERT INTO user_units (user_id, unit_id) VALUES ($1, $2)', [handan!.id, '999999-1']),
    ).rejects.toThrow(/user_units_unit_fk/);
  });
});
