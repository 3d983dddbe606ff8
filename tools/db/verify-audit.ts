import { infrastructureSettings, openServiceDatabase, readSettings, runTool } from '@budgetflow/runtime';
import { verifyAuditTrails } from '@budgetflow/workflow-core';
import { workflowMigrations } from '../../apps/workflow/src/migrations';

/**
 * npm run audit:verify: recomputes every budget's audit hash chain. Exit 1 names each budget whose
 * trail was altered, had an entry removed, or ends short of the head its budget records.
 */
runTool('audit:verify', async () => {
  const { DATABASE_URL } = readSettings(infrastructureSettings);
  const workflow = await openServiceDatabase({
    url: DATABASE_URL,
    schema: 'workflow',
    migrations: workflowMigrations,
    poolSize: 1,
  });
  try {
    const result = await verifyAuditTrails(workflow);
    process.stdout.write(`audit:verify: ${result.budgets} budgets, ${result.entries} entries checked\n`);
    for (const { budgetId, problem } of result.broken)
      process.stdout.write(`  BROKEN ${budgetId}: ${problem}\n`);
    if (result.broken.length > 0) throw new Error(`${result.broken.length} audit trail(s) do not verify`);
    process.stdout.write('audit:verify: every hash chain verifies\n');
  } finally {
    await workflow.destroy();
  }
});
