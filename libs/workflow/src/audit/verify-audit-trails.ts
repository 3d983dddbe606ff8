import type { DataSource } from 'typeorm';
import { WorkflowRepository } from '../persistence/workflow.repository';
import { verifyChain } from './audit-chain';

export interface AuditVerification {
  budgets: number;
  entries: number;
  broken: { budgetId: string; problem: string }[];
}

/** Verifies every budget's audit trail: what `npm run audit:verify` reports. */
export async function verifyAuditTrails(database: DataSource): Promise<AuditVerification> {
  return database.transaction('REPEATABLE READ', async (tx) => {
    const budgets = new WorkflowRepository(tx);
    const heads = await budgets.auditHeads();
    const broken: AuditVerification['broken'] = [];
    let entries = 0;
    for (const head of heads) {
      const trail = await budgets.auditTrail(head.budgetId);
      entries += trail.length;
      const verdict = verifyChain(head.budgetId, trail, { count: head.auditCount, hash: head.auditHead });
      if (!verdict.valid) broken.push({ budgetId: head.budgetId, problem: verdict.problem ?? 'invalid' });
    }
    return { budgets: heads.length, entries, broken };
  });
}
