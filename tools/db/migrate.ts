import { infrastructureSettings, openServiceDatabase, readSettings, runTool } from '@budgetflow/runtime';
import { SERVICE_SCHEMAS } from './service-schemas';

/** Brings every service's schema to its latest migration (services also do this as they start). */
export async function migrateAll(databaseUrl: string): Promise<void> {
  for (const { schema, migrations } of SERVICE_SCHEMAS) {
    const database = await openServiceDatabase({ url: databaseUrl, schema, migrations, poolSize: 1 });
    await database.destroy();
  }
}

if (require.main === module) {
  runTool('migrate', async () => {
    const { DATABASE_URL } = readSettings(infrastructureSettings);
    await migrateAll(DATABASE_URL);
    process.stdout.write(`migrated schemas: ${SERVICE_SCHEMAS.map((s) => s.schema).join(', ')}\n`);
  });
}
