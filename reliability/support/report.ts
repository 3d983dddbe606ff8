import type { InvariantReport, ViolationKind } from './invariants';
import type { BudgetRun } from './lifecycle-driver';
import type { UnplannedExit } from './supervised-system';

export interface Injection {
  fault: string;
  at: number;
  /** Budgets in flight at the moment of the injection. */
  affected: BudgetRun[];
  detail: string;
  healthyAt: number;
  /** When the next budget made a step after the system was healthy again. */
  recoveredAt?: number;
}

interface Row {
  fault: string;
  injected: number;
  affected: Set<BudgetRun>;
  recoveryMs: number[];
}

const KINDS: ViolationKind[] = ['lost', 'duplicated', 'stuck'];

/**
 * The table the suite prints: per fault, how often it was injected, how many budgets were in
 * flight at those moments, how many of those ended lost, duplicated or stuck, and the longest
 * time from the injection until the system was healthy and moving again.
 */
export function renderReport(input: {
  runs: BudgetRun[];
  injections: Injection[];
  report: InvariantReport;
  unplannedExits: UnplannedExit[];
  started: number;
}): string {
  const { runs, injections, report } = input;
  const rows = new Map<string, Row>();
  for (const injection of injections) {
    const row = rows.get(injection.fault) ?? {
      fault: injection.fault,
      injected: 0,
      affected: new Set<BudgetRun>(),
      recoveryMs: [],
    };
    row.injected++;
    for (const run of injection.affected) row.affected.add(run);
    if (injection.recoveredAt) row.recoveryMs.push(injection.recoveredAt - injection.at);
    rows.set(injection.fault, row);
  }
  const dual = runs.filter((r) => r.approval === 'dual');
  const race = runs.filter((r) => r.raceEdit);
  const tableRows: Row[] = [
    ...rows.values(),
    {
      fault: 'two reviewers approve at once',
      injected: dual.length,
      affected: new Set(dual),
      recoveryMs: [],
    },
    { fault: 'submit races an edit', injected: race.length, affected: new Set(race), recoveryMs: [] },
  ];

  const byBudget = new Map<BudgetRun, Set<ViolationKind>>();
  for (const v of report.violations) {
    if (!v.budget) continue;
    const kinds = byBudget.get(v.budget) ?? new Set<ViolationKind>();
    kinds.add(v.kind);
    byBudget.set(v.budget, kinds);
  }
  const count = (budgets: Iterable<BudgetRun>, kind: ViolationKind) =>
    [...budgets].filter((b) => byBudget.get(b)?.has(kind)).length;

  const header = [
    'fault',
    'injected',
    'budgets affected',
    'lost',
    'duplicated',
    'stuck',
    'time to recover (max)',
  ];
  const body = tableRows.map((row) => [
    row.fault,
    String(row.injected),
    String(row.affected.size),
    ...KINDS.map((kind) => String(count(row.affected, kind))),
    row.recoveryMs.length > 0 ? `${(Math.max(...row.recoveryMs) / 1000).toFixed(1)} s` : '—',
  ]);
  const allRuns = new Set(runs);
  body.push([
    'all budgets',
    String(injections.length),
    String(allRuns.size),
    ...KINDS.map((kind) => String(count(allRuns, kind))),
    injections.some((i) => i.recoveredAt)
      ? `${(Math.max(...injections.filter((i) => i.recoveredAt).map((i) => i.recoveredAt! - i.at)) / 1000).toFixed(1)} s`
      : '—',
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : padStart(c, widths[i]))).join(' | ')} |`;
  const out: string[] = [];
  out.push('');
  out.push(line(header));
  out.push(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of body) out.push(line(row));
  out.push('');
  const states = Object.entries(report.finalStates)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');
  out.push(
    `budgets: ${runs.length} (${runs.filter((r) => r.kind === 'invalid').length} with validation errors); final states: ${states}`,
  );
  out.push(`audit hash chains verified: ${report.chainsVerified}/${runs.length}`);
  out.push(
    `outbox rows unsent: ${Object.entries(report.unsentOutbox)
      .map(([s, n]) => `${s} ${n}`)
      .join(
        ', ',
      )}; dead letters: ${report.deadLetters.length}; events in the stream: ${report.eventsInStream}`,
  );
  const dualWins = dual.filter((r) => r.dualApprovalStatuses).map((r) => r.dualApprovalStatuses!.join('/'));
  out.push(`simultaneous approvals (statuses): ${summarise(dualWins)}`);
  out.push(
    `racing edits (status of the edit): ${summarise(race.map((r) => String(r.raceEditStatus ?? '—')))}`,
  );
  out.push(
    `unplanned service exits: ${input.unplannedExits.length}${input.unplannedExits
      .map((e) => `\n  ${e.service} (${e.how}): ${e.lastLines.slice(-2).join(' / ').slice(0, 300)}`)
      .join('')}`,
  );
  out.push(`run time: ${((Date.now() - input.started) / 1000).toFixed(0)} s`);
  out.push(`invariant violations: ${report.violations.length}`);
  for (const v of report.violations.slice(0, 50))
    out.push(`  ${v.kind}: ${v.budget ? `${v.budget.unitId} ${v.budget.id ?? ''} ` : ''}${v.what}`);
  out.push('');
  return out.join('\n');
}

function summarise(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} ×${n}`).join(', ') || 'none';
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (text: string, w: number) => text + ' '.repeat(Math.max(0, w - width(text)));
const padStart = (text: string, w: number) => ' '.repeat(Math.max(0, w - width(text))) + text;
