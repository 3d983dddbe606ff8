import { seedDemoUsers } from '@budgetflow/identity';
import { infrastructureSettings, openServiceDatabase, readSettings, runMain } from '@budgetflow/runtime';
import { gatewayMigrations } from '../../apps/gateway/src/migrations';

/** Loads the demo data. Idempotent: running it twice changes nothing. */
export async function seedAll(databaseUrl: string): Promise<string[]> {
  const gateway = await openServiceDatabase({
    url: databaseUrl,
    schema: 'gateway',
    migrations: gatewayMigrations,
    poolSize: 1,
  });
  try {
    const users = await seedDemoUsers(gateway);
    return [`demo users: ${users.created} created, ${users.updated} updated`];
  } finally {
    await gateway.destroy();
  }
}

if (require.main === module) {
  runMain('seed', async () => {
    const { DATABASE_URL } = readSettings(infrastructureSettings);
    for (const line of await seedAll(DATABASE_URL)) process.stdout.write(`seed: ${line}\n`);
  });
}
