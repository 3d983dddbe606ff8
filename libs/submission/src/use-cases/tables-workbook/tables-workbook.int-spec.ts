import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { BudgetDocument } from '@budgetflow/budget-domain';
import type { CommandContext } from '@budgetflow/contracts';
import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';
import { openServiceDatabase } from '@budgetflow/runtime';
import { createTestDatabase } from '@budgetflow/testing';
import { submissionCoreMigrations } from '../../migrations';
import { BudgetRepository } from '../../persistence/budget.repository';
import { seedBudgetId, seedDraftBudgets } from '../../seed/seed-draft-budgets';
import type { SubmissionDeps } from '../submission-deps';
import { exportTablesWorkbook, importTablesWorkbook } from './tables-workbook.handlers';

const handan = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../../../seeds/handan-psb-2022.json'), 'utf8'),
) as BudgetDocument;
const budgetId = seedBudgetId('130400-312', 2022);

const as = (role: 'submitter' | 'reviewer', units: string[]): CommandContext => ({
  correlationId: 'test',
  actor: { id: `${role}-1`, name: role, role },
  scope: { unitIds: units },
});
const submitter = as('submitter', ['130400-312']);

/** The exported workbook with its first table sheet changed by `edit`, as base64. */
async function edited(base64: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  edit(workbook.worksheets[1]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('tables workbook export and import on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let submission: DataSource;
  let deps: SubmissionDeps;
  const draft = async () =>
    (await new BudgetRepository(submission.manager).findDraftInScope(budgetId, { all: true }))!;

  beforeAll(async () => {
    database = await createTestDatabase('submission_workbook');
    submission = await openServiceDatabase({
      url: database.url,
      schema: 'submission',
      migrations: [CreateMessagingTables1763683200000, ...submissionCoreMigrations],
    });
    deps = { database: submission, namespace: '' };
    await seedDraftBudgets(submission, '', [handan]);
  });
  afterAll(async () => {
    await submission?.destroy();
    await database.drop();
  });

  it('imports its own export unchanged: a new revision with the same tables and the rest of the document kept', async () => {
    const before = await draft();
    const { workbook, revision } = await exportTablesWorkbook(deps, submitter, budgetId);
    expect(revision).toBe(before.revision);
    expect(await importTablesWorkbook(deps, submitter, { budgetId, workbook })).toEqual({
      revision: before.revision + 1,
    });
    const after = (await draft()).document as BudgetDocument;
    expect(after.tables).toEqual(handan.tables);
    expect(after.narrative).toEqual(handan.narrative);
    expect(after.performance).toEqual(handan.performance);
  });

  it('names the cell when the document the workbook makes is not valid, and saves nothing', async () => {
    const before = await draft();
    const { workbook } = await exportTablesWorkbook(deps, submitter, budgetId);
    const badLine = await edited(workbook, (sheet) => (sheet.getCell('C5').value = 'Not a line!'));
    const refused = importTablesWorkbook(deps, submitter, { budgetId, workbook: badLine });
    await expect(refused).rejects.toMatchObject({
      code: 'BUDGET.INVALID_DOCUMENT',
      message: expect.stringMatching(
        /^the budget document is not valid: 1-[^!]+!C5 \/tables\/0\/rows\/0\/line /,
      ) as unknown,
    });
    expect((await draft()).revision).toBe(before.revision);
  });

  it('refuses a reviewer, a unit outside the scope and an edit made since the workbook was read', async () => {
    const { workbook, revision } = await exportTablesWorkbook(deps, submitter, budgetId);
    await expect(
      importTablesWorkbook(deps, as('reviewer', ['130400-312']), { budgetId, workbook }),
    ).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
    await expect(
      importTablesWorkbook(deps, as('submitter', ['419001-020']), { budgetId, workbook }),
    ).rejects.toMatchObject({ code: 'BUDGET.NOT_FOUND' });
    await expect(exportTablesWorkbook(deps, as('submitter', ['419001-020']), budgetId)).rejects.toMatchObject(
      {
        code: 'BUDGET.NOT_FOUND',
      },
    );
    await importTablesWorkbook(deps, submitter, { budgetId, workbook });
    await expect(
      importTablesWorkbook(deps, submitter, { budgetId, workbook, expectedRevision: revision }),
    ).rejects.toMatchObject({ code: 'BUDGET.REVISION_CONFLICT' });
  });
});
