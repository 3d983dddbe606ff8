import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { BudgetDocument } from '@budgetflow/budget-domain';
import { BudgetDraftCreated } from '@budgetflow/contracts';
import { appendToOutbox } from '@budgetflow/messaging';
import { contentHash } from '@budgetflow/runtime';

/** A seed budget's id is derived from its unit and year, so it is the same after every reset. */
export function seedBudgetId(unitId: string, fiscalYear: number): string {
  const hex = createHash('sha256').update(`budgetflow:seed-budget:${unitId}:${fiscalYear}`).digest('hex');
  // Shaped as a version-5-style UUID (name-based).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Loads seed documents as draft budgets of their units, each with its draft-created event in the
 * same transaction. Idempotent: a unit that already has a budget for that year keeps it as it is
 * (including any edits made since), so a second run changes nothing.
 */
export async function seedDraftBudgets(
  submissionDatabase: DataSource,
  namespace: string,
  documents: readonly BudgetDocument[],
): Promise<{ created: number; kept: number }> {
  let created = 0;
  for (const document of documents) {
    const id = seedBudgetId(document.unit.id, document.fiscalYear);
    await submissionDatabase.transaction(async (tx) => {
      const inserted = await tx.query<unknown[]>(
        `INSERT INTO budgets (id, unit_id, unit_name, fiscal_year, document, document_hash, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'seed')
         ON CONFLICT (unit_id, fiscal_year) DO NOTHING RETURNING id`,
        [
          id,
          document.unit.id,
          document.unit.name,
          document.fiscalYear,
          JSON.stringify(document),
          contentHash(document),
        ],
      );
      if (inserted.length === 0) return;
      created++;
      await appendToOutbox(tx, namespace, BudgetDraftCreated, {
        id: randomUUID(),
        type: 'budget.v1.draft-created',
        occurredAt: new Date().toISOString(),
        budgetId: id,
        correlationId: `seed-${id}`,
        actor: { kind: 'service', id: 'seed' },
        data: { unitId: document.unit.id, unitName: document.unit.name, fiscalYear: document.fiscalYear },
      });
    });
  }
  return { created, kept: documents.length - created };
}
