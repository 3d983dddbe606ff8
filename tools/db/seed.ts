import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBudgetDocument, type BudgetDocument } from '@budgetflow/budget-domain';
import { seedDemoUsers } from '@budgetflow/identity';
import { infrastructureSettings, openServiceDatabase, readSettings, runTool } from '@budgetflow/runtime';
import { seedDraftBudgets } from '@budgetflow/submission-core';
import { REPOSITORY_ROOT } from '../repository-root';
import { gatewayMigrations } from '../../apps/gateway/src/migrations';
import { submissionMigrations } from '../../apps/submission/src/migrations';

export const SEEDS_DIR = path.join(REPOSITORY_ROOT, 'seeds');

/** The canonical seed documents; a seed that does not parse stops the seeding with its paths. */
export function readSeedDocuments(dir = SEEDS_DIR): BudgetDocument[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((name) => {
    const result = parseBudgetDocument(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    if (!result.ok) {
      const problems = result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
      throw new Error(`seeds/${name} is not a valid budget document: ${problems.join('; ')}`);
    }
    return result.document;
  });
}

/** Loads the demo data. Idempotent: running it twice changes nothing. */
export async function seedAll(databaseUrl: string, namespace: string): Promise<string[]> {
  const gateway = await openServiceDatabase({
    url: databaseUrl,
    schema: 'gateway',
    migrations: gatewayMigrations,
    poolSize: 1,
  });
  const submission = await openServiceDatabase({
    url: databaseUrl,
    schema: 'submission',
    migrations: submissionMigrations,
    poolSize: 1,
  });
  try {
    const users = await seedDemoUsers(gateway);
    const budgets = await seedDraftBudgets(submission, namespace, readSeedDocuments());
    return [
      `demo users: ${users.created} created, ${users.updated} updated`,
      `draft budgets: ${budgets.created} created, ${budgets.kept} already there`,
    ];
  } finally {
    await Promise.all([gateway.destroy(), submission.destroy()]);
  }
}

if (require.main === module) {
  runTool('seed', async () => {
    const { DATABASE_URL, BUDGETFLOW_NAMESPACE } = readSettings(infrastructureSettings);
    for (const line of await seedAll(DATABASE_URL, BUDGETFLOW_NAMESPACE))
      process.stdout.write(`seed: ${line}\n`);
  });
}
