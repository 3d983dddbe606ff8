import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { Client } from 'pg';
import type { Api } from './http';
import type { BudgetRun } from './lifecycle-driver';
import { readStream } from './faults';

export type ViolationKind = 'lost' | 'duplicated' | 'stuck' | 'wrong';

export interface Violation {
  kind: ViolationKind;
  /** The budget it concerns; undefined for system-wide ones (an unsent outbox row). */
  budget?: BudgetRun;
  what: string;
}

export interface InvariantReport {
  violations: Violation[];
  finalStates: Record<string, number>;
  chainsVerified: number;
  unsentOutbox: Record<string, number>;
  deadLetters: { reason: string; subject: string }[];
  eventsInStream: number;
}

interface AuditEntry {
  action: string;
  from?: string;
  to?: string;
  version?: number;
}

/** The transitions each kind of budget must show, each exactly once, in this order. */
const EXPECTED_TRAIL: Record<BudgetRun['kind'], string[]> = {
  valid: [
    'created:-:draft',
    'submitted:draft:submitted',
    'validated:submitted:in_review',
    'approved:in_review:approved',
    'published:approved:published',
  ],
  invalid: ['created:-:draft', 'submitted:draft:submitted', 'returned:submitted:returned'],
};

const RACE_MARKER = '（并发编辑标记）';

/**
 * Checks, after the run, everything the suite promises: each submitted budget in exactly one
 * final state the rules allow; each transition in its audit trail exactly once and the hash chain
 * intact; each approved version posted once with one artifact set and one published event; no
 * outbox row unsent; nothing in the dead-letter stream; a saved racing edit in the frozen version.
 */
export async function checkInvariants(input: {
  runs: BudgetRun[];
  reviewer: Api;
  submitter: Api;
  databaseUrl: string;
  nats: NatsConnection;
  streamName: string;
  deadLetterStreamName: string;
}): Promise<InvariantReport> {
  const { runs, reviewer } = input;
  const violations: Violation[] = [];
  const add = (kind: ViolationKind, budget: BudgetRun | undefined, what: string) =>
    violations.push({ kind, budget, what });
  const finalStates: Record<string, number> = {};
  let chainsVerified = 0;

  const db = new Client({ connectionString: input.databaseUrl });
  await db.connect();
  try {
    const events = (await readStream(input.nats, input.streamName)).map((m) => {
      const envelope = m.json<{ id: string; budgetId: string; type: string; data: { version?: number } }>();
      return { subject: m.subject, ...envelope };
    });

    for (const run of runs) {
      if (run.anomalies.length > 0) for (const a of run.anomalies) add('wrong', run, a);
      if (!run.id) {
        add('stuck', run, `never created: ${run.timedOut ?? 'unknown'}`);
        continue;
      }
      const expectedState = run.kind === 'valid' ? 'published' : 'returned';
      const [workflow] = (
        await db.query<{ state: string; version: number }>(
          'SELECT state, version FROM workflow.budgets WHERE id = $1',
          [run.id],
        )
      ).rows;
      const [submission] = (
        await db.query<{ latest_version: number; locked: boolean }>(
          'SELECT latest_version, locked FROM submission.budgets WHERE id = $1',
          [run.id],
        )
      ).rows;
      const state = workflow?.state ?? 'unknown to workflow';
      finalStates[state] = (finalStates[state] ?? 0) + 1;
      if (!submission) add('lost', run, 'the budget is not in submission');
      else if (submission.latest_version < 1) add('lost', run, 'submitted, but no frozen version');
      else if (submission.latest_version > 1)
        add('duplicated', run, `frozen ${submission.latest_version} times`);
      if (!workflow) add('lost', run, 'the workflow never heard of the budget');
      else if (state !== expectedState) {
        const intermediate = ['submitted', 'in_review', 'approved', 'draft'].includes(state);
        add(intermediate ? 'stuck' : 'wrong', run, `ended ${state}, expected ${expectedState}`);
      } else if (submission && workflow.version !== submission.latest_version) {
        add(
          'wrong',
          run,
          `workflow at version ${workflow.version}, submission at ${submission.latest_version}`,
        );
      }
      if (submission && state === 'returned' && submission.locked)
        add('lost', run, 'returned, but the draft was never unlocked for the unit');

      // The audit trail through the API, with the verdict of its hash chain.
      const history = await reviewer.get<{ entries: AuditEntry[]; chainValid: boolean }>(
        `/api/budgets/${run.id}/history`,
      );
      if (history.status !== 200) add('wrong', run, `history answered ${history.status}`);
      else {
        if (history.body.chainValid) chainsVerified++;
        else add('wrong', run, 'the audit hash chain does not verify');
        const transitions = history.body.entries
          .filter((e) => e.to)
          .map((e) => `${e.action}:${e.from ?? '-'}:${e.to}`);
        const seen = new Map<string, number>();
        for (const t of transitions) seen.set(t, (seen.get(t) ?? 0) + 1);
        for (const [t, n] of seen) if (n > 1) add('duplicated', run, `audit entry ${t} ${n} times`);
        const expected = EXPECTED_TRAIL[run.kind];
        const deduplicated = [...seen.keys()];
        if (state === expectedState && deduplicated.join(' ') !== expected.join(' '))
          add('wrong', run, `audit trail ${deduplicated.join(', ')}`);
        if (state === expectedState)
          for (const t of expected) if (!seen.has(t)) add('lost', run, `audit entry ${t} missing`);
      }

      // Publication: one posting per approved version, one artifact set, one published event.
      const publications = (
        await db.query<{ version: number; state: string; artifacts: string; formats: string }>(
          `SELECT p.version, p.state,
                  (SELECT count(*) FROM publication.artifacts a WHERE a.budget_id = p.budget_id AND a.version = p.version) AS artifacts,
                  (SELECT count(DISTINCT format) FROM publication.artifacts a WHERE a.budget_id = p.budget_id AND a.version = p.version) AS formats
             FROM publication.publications p WHERE p.budget_id = $1`,
          [run.id],
        )
      ).rows;
      const publishedEvents = new Set(
        events.filter((e) => e.type === 'budget.v1.published' && e.budgetId === run.id).map((e) => e.id),
      );
      const publishedOutbox = Number(
        (
          await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM publication.outbox WHERE subject LIKE '%budget.v1.published' AND payload->>'budgetId' = $1`,
            [run.id],
          )
        ).rows[0].n,
      );
      if (run.kind === 'valid') {
        const posted = publications.filter((p) => p.state === 'posted');
        if (posted.length === 0) {
          if (state === 'approved' || state === 'published') add('lost', run, 'approved, never posted');
        } else if (posted.length > 1) add('duplicated', run, `posted ${posted.length} times`);
        else if (Number(posted[0].artifacts) !== 5 || Number(posted[0].formats) !== 5)
          add('wrong', run, `posted with ${posted[0].artifacts} artifacts in ${posted[0].formats} formats`);
        if (posted.length === 1 && publishedOutbox !== 1)
          add(
            publishedOutbox > 1 ? 'duplicated' : 'lost',
            run,
            `${publishedOutbox} published events emitted`,
          );
        if (publishedEvents.size > 1)
          add('duplicated', run, `${publishedEvents.size} distinct published events`);
      } else if (publications.length > 0) add('wrong', run, 'a returned budget has a publication');

      const approvedEvents = new Set(
        events.filter((e) => e.type === 'budget.v1.approved' && e.budgetId === run.id).map((e) => e.id),
      );
      if (approvedEvents.size > 1) add('duplicated', run, `${approvedEvents.size} distinct approved events`);
      const submittedEvents = new Set(
        events.filter((e) => e.type === 'budget.v1.submitted' && e.budgetId === run.id).map((e) => e.id),
      );
      if (submittedEvents.size > 1)
        add('duplicated', run, `${submittedEvents.size} distinct submitted events`);

      if (run.approval === 'dual' && run.dualApprovalStatuses) {
        const wins = run.dualApprovalStatuses.filter((s) => s === 200).length;
        if (wins > 1) add('duplicated', run, 'both simultaneous approvals succeeded');
      }

      // A racing edit that was saved (200) must be in the frozen version; a refused one must not.
      if (run.raceEdit && run.raceEditStatus !== undefined && submission) {
        const [frozen] = (
          await db.query<{ has: boolean }>(
            `SELECT position($3 in document::text) > 0 AS has FROM submission.budget_versions
              WHERE budget_id = $1 AND number = $2`,
            [run.id, 1, RACE_MARKER],
          )
        ).rows;
        const [draft] = (
          await db.query<{ has: boolean }>(
            'SELECT position($2 in document::text) > 0 AS has FROM submission.budgets WHERE id = $1',
            [run.id, RACE_MARKER],
          )
        ).rows;
        if (run.raceEditStatus === 200 && !frozen?.has)
          add('lost', run, 'the racing edit was saved (200) but is not in the submitted version');
        if (run.raceEditStatus === 409 && (frozen?.has || draft?.has))
          add('wrong', run, 'the racing edit was refused (409) but was saved');
      }
    }

    const unsentOutbox: Record<string, number> = {};
    for (const schema of ['submission', 'workflow', 'publication']) {
      const n = Number(
        (
          await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${schema}.outbox WHERE published_at IS NULL`,
          )
        ).rows[0].n,
      );
      unsentOutbox[schema] = n;
      if (n > 0) add('lost', undefined, `${n} ${schema} outbox rows never sent`);
    }

    const deadLetters = (await readStream(input.nats, input.deadLetterStreamName)).map((m) => ({
      subject: m.header?.get('Original-Subject') ?? m.subject,
      reason: m.header?.get('Reason') ?? '',
    }));
    for (const d of deadLetters)
      add('wrong', undefined, `dead letter ${d.subject}: ${d.reason.slice(0, 200)}`);
    const jsm = await jetstreamManager(input.nats);
    const eventsInStream = (await jsm.streams.info(input.streamName)).state.messages;
    return { violations, finalStates, chainsVerified, unsentOutbox, deadLetters, eventsInStream };
  } finally {
    await db.end();
  }
}

export { RACE_MARKER };
