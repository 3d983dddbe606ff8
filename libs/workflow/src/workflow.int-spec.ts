import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { budgetChangesSubject, type CommandContext, type EventEnvelope } from '@budgetflow/contracts';
import { connectNats, CreateMessagingTables1763683200000, startChangeFeed } from '@budgetflow/messaging';
import { DEFAULT_NATS_URL, openServiceDatabase } from '@budgetflow/runtime';
import { createTestDatabase } from '@budgetflow/testing';
import { verifyAuditTrails } from './audit/verify-audit-trails';
import { BUDGET_CHANGES_CHANNEL, workflowCoreMigrations } from './migrations';
import { approveBudget } from './use-cases/commands/review-decisions.handlers';
import { markReviewOverdue } from './use-cases/deadlines/review-overdue.handler';
import { onDraftCreated, onSubmitted, onValidated } from './use-cases/events/on-budget-events.handlers';
import { getBudget, getHistory } from './use-cases/queries/budget-queries.handlers';
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

  const outboxCount = async (subject: string, budgetId: string): Promise<string | undefined> => {
    const [row] = await workflow.query<{ count: string }[]>(
      `SELECT count(*) FROM outbox WHERE subject = $1 AND payload->>'budgetId' = $2`,
      [subject, budgetId],
    );
    return row?.count;
  };

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
    expect(await outboxCount('budget.v1.returned', budgetId)).toBe('1');
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
    expect(await outboxCount('budget.v1.approved', budgetId)).toBe('1');
  });

  it("reads a budget with its latest findings and comments, within the caller's scope only", async () => {
    const budgetId = await inReview();
    await approveBudget(deps(), reviewer, { budgetId, comment: '同意' });
    const detail = await getBudget(deps(), reviewer, budgetId);
    expect(detail).toMatchObject({
      id: budgetId,
      unitId: '130400-312',
      state: 'approved',
      version: 1,
      latestFindings: { version: 1, counts: { error: 0, warning: 1, info: 0 }, findings: [] },
    });
    expect(detail.comments).toEqual([
      {
        id: expect.any(String) as string,
        version: 1,
        author: 'reviewer:r1',
        text: '同意',
        at: expect.stringMatching(/Z$/) as string,
      },
    ]);
    await expect(
      getBudget(deps(), { ...reviewer, scope: { unitIds: ['419001-020'] } }, budgetId),
    ).rejects.toMatchObject({ code: 'BUDGET.NOT_FOUND' });
  });

  it('announces every budget a transaction changed once it commits, and none it rolled back', async () => {
    const nc = await connectNats(process.env.NATS_URL ?? DEFAULT_NATS_URL, 'workflow-test');
    const subject = budgetChangesSubject(`wf${randomUUID().slice(0, 8)}`);
    const announced: string[] = [];
    nc.subscribe(subject, { callback: (_error, message) => void announced.push(message.string()) });
    const feed = await startChangeFeed(nc, {
      databaseUrl: database.url,
      channel: BUDGET_CHANGES_CHANNEL,
      subject,
    });
    try {
      const budgetId = await inReview();
      const rolledBack = await inReview();
      await expect(
        workflow.transaction(async (tx) => {
          await tx.query("UPDATE budgets SET state = 'approved' WHERE id = $1", [rolledBack]);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await approveBudget(deps(), reviewer, { budgetId, comment: '同意' });
      await nc.flush();
      await new Promise((resolve) => setTimeout(resolve, 200));
      // inReview() commits 3 transactions, approve 1: one announcement each, however many rows.
      expect(announced.filter((id) => id === budgetId)).toHaveLength(4);
      expect(announced.filter((id) => id === rolledBack)).toHaveLength(3);
    } finally {
      await feed.stop();
      await nc.close();
    }
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
