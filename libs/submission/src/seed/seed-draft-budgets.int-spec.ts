import type { DataSource } from 'typeorm';
import { parseBudgetDocument, type BudgetDocument } from '@budgetflow/budget-domain';
import { BudgetDraftCreated } from '@budgetflow/contracts';
import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';
import { openServiceDatabase } from '@budgetflow/runtime';
import { createTestDatabase } from '@budgetflow/testing';
import { submissionCoreMigrations } from '../migrations';
import { seedBudgetId, seedDraftBudgets } from './seed-draft-budgets';

const document = (unitId: string, name: string, fiscalYear: number): BudgetDocument => {
  const [division, code] = unitId.split('-') as [string, string];
  const parsed = parseBudgetDocument({
    schemaVersion: '1.0.0',
    unit: {
      id: unitId,
      division: { code: division, name: '测试区划' },
      code,
      name,
      subUnits: [],
      duties: [],
    },
    fiscalYear,
    tables: [],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.document;
};

describe('seedDraftBudgets on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let submission: DataSource;
  const seeds = [document('130400-312', '邯郸市公安局', 2022), document('130529-312', '巨鹿县公安局', 2024)];

  beforeAll(async () => {
    database = await createTestDatabase('submission_seed');
    submission = await openServiceDatabase({
      url: database.url,
      schema: 'submission',
      migrations: [CreateMessagingTables1763683200000, ...submissionCoreMigrations],
    });
  });
  afterAll(async () => {
    await submission?.destroy();
    await database.drop();
  });

  it('creates one draft per unit and year with its draft-created event, and a second run changes nothing', async () => {
    expect(await seedDraftBudgets(submission, '', seeds)).toEqual({ created: 2, kept: 0 });
    expect(await seedDraftBudgets(submission, '', seeds)).toEqual({ created: 0, kept: 2 });

    const budgets = await submission.query<{ id: string; unit_id: string; fiscal_year: number }[]>(
      'SELECT id, unit_id, fiscal_year FROM budgets ORDER BY unit_id',
    );
    expect(budgets).toEqual([
      { id: seedBudgetId('130400-312', 2022), unit_id: '130400-312', fiscal_year: 2022 },
      { id: seedBudgetId('130529-312', 2024), unit_id: '130529-312', fiscal_year: 2024 },
    ]);
    const events = await submission.query<{ subject: string; payload: unknown }[]>(
      'SELECT subject, payload FROM outbox ORDER BY created_at',
    );
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.subject).toBe('budget.v1.draft-created');
      expect(BudgetDraftCreated.errors(event.payload)).toEqual([]);
    }
  });

  it('keeps a draft edited since the first seeding', async () => {
    const id = seedBudgetId('130400-312', 2022);
    await submission.query(`UPDATE budgets SET revision = 7 WHERE id = $1`, [id]);
    await seedDraftBudgets(submission, '', seeds);
    const [row] = await submission.query<{ revision: number }[]>(
      'SELECT revision FROM budgets WHERE id = $1',
      [id],
    );
    expect(row?.revision).toBe(7);
  });
});
