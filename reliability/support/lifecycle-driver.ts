import { errorCode, transient, type Api, type HttpResult } from './http';
import { sleep } from './private-infra';

export type BudgetKind = 'valid' | 'invalid';
export type ApprovalKind = 'single' | 'dual' | 'scheduled';

/** One budget the suite drives from creation to its final state, and what it saw on the way. */
export interface BudgetRun {
  index: number;
  unitId: string;
  fiscalYear: number;
  /** `invalid` budgets carry the authors' original mistakes: validation must return them. */
  kind: BudgetKind;
  approval: ApprovalKind;
  /** An edit is sent at the same moment as the submit. */
  raceEdit: boolean;
  id?: string;
  startedAt?: number;
  finishedAt?: number;
  /** The last state the driver saw through the API. */
  observedState?: string;
  /** Status of the racing edit's first answer (200: it was saved, so it must be in version 1). */
  raceEditStatus?: number;
  /** Statuses of the first answers of the two simultaneous approvals. */
  dualApprovalStatuses?: number[];
  /** Something the API answered that the rules do not allow. */
  anomalies: string[];
  /** Gave up waiting (the invariants decide whether it is stuck). */
  timedOut?: string;
}

export interface DriverOptions {
  submitter: Api;
  reviewers: [Api, Api];
  documentFor(run: BudgetRun, edited?: boolean): unknown;
  concurrency: number;
  stageTimeoutMs: number;
  /** Delay before a scheduled publication, from the approval. */
  scheduledDelayMs: number;
  /** Called on every step a budget makes, so recovery can be timed. */
  onProgress(run: BudgetRun, step: string): void;
}

const FINAL = new Set(['published', 'returned']);

/**
 * Drives budgets through the whole lifecycle over the HTTP API, `concurrency` at a time, each
 * step retried while the system is (made) unavailable. A retried command whose first attempt
 * may have taken effect is resolved by reading the state, never by blindly repeating it.
 */
export class LifecycleDriver {
  constructor(private readonly options: DriverOptions) {}

  async run(runs: BudgetRun[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < runs.length) {
        const run = runs[next++];
        try {
          await this.drive(run);
        } catch (error) {
          run.timedOut = error instanceof Error ? error.message : String(error);
        }
        run.finishedAt = Date.now();
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
  }

  private progress(run: BudgetRun, step: string): void {
    this.options.onProgress(run, step);
  }

  private async drive(run: BudgetRun): Promise<void> {
    const { submitter, reviewers } = this.options;
    run.startedAt = Date.now();
    run.id = await this.create(run);
    this.progress(run, 'created');
    await this.retry(run, 'save the document', () =>
      submitter.put(`/api/budgets/${run.id}/document`, this.options.documentFor(run)),
    );
    this.progress(run, 'saved');

    if (run.raceEdit) {
      const [edit] = await Promise.all([
        submitter.put(`/api/budgets/${run.id}/document`, this.options.documentFor(run, true)),
        this.submit(run),
      ]);
      run.raceEditStatus = edit.status;
      if (![200, 409].includes(edit.status) && !transient(edit.status))
        run.anomalies.push(`racing edit answered ${edit.status} ${JSON.stringify(edit.body).slice(0, 200)}`);
    } else {
      await this.submit(run);
    }
    this.progress(run, 'submitted');

    const validated = await this.waitFor(run, ['in_review', 'returned']);
    if (validated === 'returned') {
      if (run.kind === 'valid') run.anomalies.push('a valid budget was returned');
      return;
    }
    if (run.kind === 'invalid') run.anomalies.push('a budget with errors went to review');

    if (run.approval === 'dual') {
      const answers = await Promise.all(reviewers.map((r) => r.post(`/api/budgets/${run.id}/approve`, {})));
      run.dualApprovalStatuses = answers.map((a) => a.status);
      if (answers.filter((a) => a.status === 200).length > 1)
        run.anomalies.push('both simultaneous approvals succeeded');
      if (answers.every((a) => transient(a.status))) await this.approve(run, reviewers[0], {});
    } else {
      const body =
        run.approval === 'scheduled'
          ? { publishAt: new Date(Date.now() + this.options.scheduledDelayMs).toISOString() }
          : { comment: '同意' };
      await this.approve(run, reviewers[run.index % 2], body);
    }
    this.progress(run, 'approved');
    await this.waitFor(run, ['published']);
  }

  private async create(run: BudgetRun): Promise<string> {
    const { submitter } = this.options;
    for (;;) {
      const created = await submitter.post<{ id: string }>('/api/budgets', {
        unitId: run.unitId,
        fiscalYear: run.fiscalYear,
      });
      if (created.status === 200 || created.status === 201) return created.body.id;
      // A retry after a lost answer finds the budget already there: look it up.
      if (created.status === 409 || transient(created.status)) {
        const found = await submitter.get<{ id: string }[]>(
          `/api/budgets?unitId=${run.unitId}&fiscalYear=${run.fiscalYear}`,
        );
        if (found.status === 200 && found.body.length === 1) return found.body[0].id;
        await this.pause(run, 'create');
        continue;
      }
      throw new Error(`create answered ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`);
    }
  }

  private async submit(run: BudgetRun): Promise<void> {
    const { submitter } = this.options;
    for (;;) {
      const answer = await submitter.post(`/api/budgets/${run.id}/submit`);
      if (answer.status === 200) return;
      if (answer.status === 409 || transient(answer.status)) {
        // Submitted already (our earlier attempt took effect, its answer was lost)?
        const draft = await submitter.get<{ editable: boolean; latestVersion: number }>(
          `/api/budgets/${run.id}/document`,
        );
        if (draft.status === 200 && !draft.body.editable && draft.body.latestVersion >= 1) return;
        if (answer.status === 409 && errorCode(answer.body) !== 'BUDGET.NOT_EDITABLE')
          throw new Error(`submit answered 409 ${JSON.stringify(answer.body).slice(0, 300)}`);
        await this.pause(run, 'submit');
        continue;
      }
      throw new Error(`submit answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    }
  }

  private async approve(run: BudgetRun, reviewer: Api, body: object): Promise<void> {
    for (;;) {
      const answer = await reviewer.post(`/api/budgets/${run.id}/approve`, body);
      if (answer.status === 200) return;
      const state = await this.state(run);
      if (state === 'approved' || state === 'published') return;
      if (answer.status === 409 && state !== 'in_review')
        throw new Error(
          `approve answered 409 in state ${state}: ${JSON.stringify(answer.body).slice(0, 300)}`,
        );
      await this.pause(run, 'approve');
    }
  }

  private async retry(run: BudgetRun, what: string, call: () => Promise<HttpResult>): Promise<void> {
    for (;;) {
      const answer = await call();
      if (answer.status === 200) return;
      if (!transient(answer.status))
        throw new Error(`${what} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      await this.pause(run, what);
    }
  }

  private async pause(run: BudgetRun, _what: string): Promise<void> {
    await sleep(300 + Math.random() * 700);
    if (Date.now() - (run.startedAt ?? Date.now()) > 10 * this.options.stageTimeoutMs)
      throw new Error(`gave up retrying ${_what}`);
  }

  private async state(run: BudgetRun): Promise<string | undefined> {
    const answer = await this.options.reviewers[0].get<{ state: string }>(`/api/budgets/${run.id}`);
    if (answer.status !== 200) return undefined;
    if (answer.body.state !== run.observedState) {
      run.observedState = answer.body.state;
      this.progress(run, `state ${answer.body.state}`);
    }
    return answer.body.state;
  }

  private async waitFor(run: BudgetRun, states: string[]): Promise<string> {
    const deadline = Date.now() + this.options.stageTimeoutMs;
    for (;;) {
      const state = await this.state(run);
      if (state && states.includes(state)) return state;
      if (state && FINAL.has(state)) {
        run.anomalies.push(`reached ${state} while waiting for ${states.join('/')}`);
        return state;
      }
      if (Date.now() > deadline)
        throw new Error(`still ${state ?? 'unknown'} after waiting for ${states.join('/')}`);
      await sleep(400);
    }
  }
}
