import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { CommandContext, EventEnvelope } from '@budgetflow/contracts';
import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';
import { openServiceDatabase } from '@budgetflow/runtime';
import { createTestDatabase } from '@budgetflow/testing';
import { verifyAuditTrails } from './audit/verify-audit-trails';
import { workflowCoreMigrations } from './migrations';
import { approveBudget } from './use-cases/commands/review-decisions.handlers';
import { markReviewOverdue } from './use-cases/deadlines/review-overdue.handler';
import { onDraftCreated, onSubmitted, onValidated } from './use-cases/events/on-budget-events.handlers';
import { getHistory } from './use-cases/queries/budget-queries.handlers';
import type { WorkflowDeps } from './use-cases/workflow-deps';

const envelope = <D>(budgetId: string, type: string, data: D): EventEnvelope<D> => ({
  id: randomUUID(),
  type,
  occurredAt: new Date().toISOString(),
  budgetId,
  correlationId: `test-${budgetId}`,
  actor: { kind: 'service', id: 'test' },
  data,
});

const reviewer: CommandContext = {
  correlationId: 'c-reviewer',
  actor: { id: 'r1', name: '审核员', role: 'reviewer' },
  scope: { unitIds: ['130400-312'] },
};

describe('workflow on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let workflow: DataSource;
  const reminders: string[] = [];
  let reviewDays = 10;
  const deps = (): WorkflowDeps => ({
    database: workflow,
    namespace: '',
    reviewDays,
    scheduleReviewReminder: (budgetId, version, dueAt) =>
      Promise.resolve(void reminders.push(`${budgetId} v${version} ${dueAt}`)),
  });

  const inReview = async (): Promise<string> => {
    const budgetId = randomUUID();
    const run = (fn: (tx: EntityManager) => Promise<void>) => workflow.transaction(fn);
    await run((tx) =>
      onDraftCreated(
        envelope(budgetId, 'budget.v1.draft-created', {
          unitId: '130400-312',
          unitName: '邯郸市公安局',
          fiscalYear: 2022,
        }),
        tx,
      ),
    );
    await run((tx) => onSubmitted(envelope(budgetId, 'budget.v1.submitted', { version: 1 }), tx));
    await run((tx) =>
      onValidated(
        deps(),
        envelope(budgetId, 'budget.v1.validated', {
          version: 1,
          counts: { error: 0, warning: 1, info: 0 },
          findings: [],
        }),
        tx,
      ),
    );
    return budgetId;
  };

  beforeAll(async () => {
    database = await createTestDatabase('workflow');
    workflow = await openServiceDatabase({
      url: database.url,
      schema: 'workflow',
      migrations: [CreateMessagingTables1763683200000, ...workflowCoreMigrations],
    });
  });
  afterAll(async () => {
    await workflow?.destroy();
    await database.drop();
  });

  it('retries an event that arrives before the one it follows, and then applies it', async () => {
    const budgetId = randomUUID();
    const validated = envelope(budgetId, 'budget.v1.validated', {
      version: 1,
      counts: { error: 2, warning: 0, info: 0 },
      findings: [],
    });
    await workflow.transaction((tx) =>
      onDraftCreated(
        envelope(budgetId, 'budget.v1.draft-created', {
          unitId: '130400-312',
          unitName: '邯郸市公安局',
          fiscalYear: 2022,
        }),
        tx,
      ),
    );
    await expect(workflow.transaction((tx) => onValidated(deps(), validated, tx))).rejects.toThrow(
      'not seen yet',
    );
    await workflow.transaction((tx) =>
      onSubmitted(envelope(budgetId, 'budget.v1.submitted', { version: 1 }), tx),
    );
    await workflow.transaction((tx) => onValidated(deps(), validated, tx));
    const history = await getHistory(deps(), { ...reviewer, scope: { all: true } }, budgetId);
    expect(history.entries.map((e) => e.action)).toEqual(['created', 'submitted', 'returned']);
    const [returned] = await workflow.query<{ count: string }[]>(
      `SELECT count(*) FROM outbox WHERE subject = 'budget.v1.returned' AND payload->>'budgetId' = $1`,
      [budgetId],
    );
    expect(returned?.count).toBe('1');
  });

  it('lets exactly one of two simultaneous approvals through', async () => {
    const budgetId = await inReview();
    const outcomes = await Promise.allSettled([
      approveBudget(deps(), reviewer, { budgetId }),
      approveBudget(deps(), { ...reviewer, correlationId: 'c2' }, { budgetId }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'BUDGET.TRANSITION_NOT_ALLOWED' });
    const [approved] = await workflow.query<{ count: string }[]>(
      `SELECT count(*) FROM outbox WHERE subject = 'budget.v1.approved' AND payload->>'budgetId' = $1`,
      [budgetId],
    );
    expect(approved?.count).toBe('1');
  });

  it('answers a budget of another unit as not found', async () => {
    const budgetId = await inReview();
    await expect(
      approveBudget(deps(), { ...reviewer, scope: { unitIds: ['419001-020'] } }, { budgetId }),
    ).rejects.toMatchObject({
      code: 'BUDGET.NOT_FOUND',
    });
  });

  it('records an overdue review once, and not while the deadline is ahead', async () => {
    reviewDays = 10;
    const ahead = await inReview();
    expect(
      await workflow.transaction((tx) => markReviewOverdue(deps(), tx, { budgetId: ahead, version: 1 })),
    ).toBe(false);
    expect(reminders.some((r) => r.startsWith(`${ahead} v1`))).toBe(true);
    const late = await inReview();
    await workflow.query(`UPDATE budgets SET review_due_at = now() - interval '1 hour' WHERE id = $1`, [
      late,
    ]);
    expect(
      await workflow.transaction((tx) => markReviewOverdue(deps(), tx, { budgetId: late, version: 1 })),
    ).toBe(true);
    expect(
      await workflow.transaction((tx) => markReviewOverdue(deps(), tx, { budgetId: late, version: 1 })),
    ).toBe(false);
    const history = await getHistory(deps(), { ...reviewer, scope: { all: true } }, late);
    expect(history.entries.filter((e) => e.action === 'review-overdue')).toHaveLength(1);
  });

  it('keeps the audit trail append-only, and the check command finds a tampered entry', async () => {
    const budgetId = await inReview();
    await expect(workflow.query(`DELETE FROM audit_trail WHERE budget_id = $1`, [budgetId])).rejects.toThrow(
      'append-only',
    );
    expect((await verifyAuditTrails(workflow)).broken).toEqual([]);
    // Someone with the database owner's rights goes around the trigger.
    await workflow.query('ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only');
    await workflow.query(
      `UPDATE audit_trail SET actor = 'user:someone-else' WHERE budget_id = $1 AND sequence = 2`,
      [budgetId],
    );
    await workflow.query('ALTER TABLE audit_trail ENABLE TRIGGER audit_trail_append_only');
    const result = await verifyAuditTrails(workflow);
    expect(result.broken).toEqual([{ budgetId, problem: 'entry 2 was altered' }]);
    expect((await getHistory(deps(), { ...reviewer, scope: { all: true } }, budgetId)).chainValid).toBe(
      false,
    );
  });
});
