import type { EntityManager } from 'typeorm';
import type { BudgetState } from '@budgetflow/budget-domain';
import type {
  AuditEntry,
  BudgetDetail,
  BudgetSummary,
  FindingCounts,
  FindingMessage,
  Scope,
} from '@budgetflow/contracts';
import { entryHash, genesisHash, type AuditFields, type ChainedAuditEntry } from '../audit/audit-chain';

export interface WorkflowBudget {
  id: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  state: BudgetState;
  version: number;
  rowVersion: number;
  reviewDueAt: string | null;
  auditCount: number;
  auditHead: string;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const BUDGET_COLUMNS = `id, unit_id AS "unitId", unit_name AS "unitName", fiscal_year AS "fiscalYear", state, version,
  row_version AS "rowVersion", ${ISO('review_due_at')} AS "reviewDueAt", audit_count AS "auditCount", audit_head AS "auditHead"`;

const inScope = (scope: Scope, parameter: number): string =>
  'all' in scope ? 'TRUE' : `unit_id = ANY($${parameter})`;
const scopeValues = (scope: Scope): unknown[] => ('all' in scope ? [] : [scope.unitIds]);

/** The workflow's budgets, audit trail and comments: narrow, named queries only. */
export class WorkflowRepository {
  constructor(private readonly tx: EntityManager) {}

  /** Creates the budget's workflow record; false when it exists (a redelivered event). */
  async insertDraft(budget: {
    id: string;
    unitId: string;
    unitName: string;
    fiscalYear: number;
  }): Promise<boolean> {
    const rows = await this.tx.query<unknown[]>(
      `INSERT INTO budgets (id, unit_id, unit_name, fiscal_year, state, audit_head)
       VALUES ($1, $2, $3, $4, 'draft', $5) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [budget.id, budget.unitId, budget.unitName, budget.fiscalYear, genesisHash(budget.id)],
    );
    return rows.length > 0;
  }

  /** Locks the budget's row for the rest of the transaction: transitions on one budget queue up. */
  async lock(id: string, scope: Scope = { all: true }): Promise<WorkflowBudget | undefined> {
    const [row] = await this.tx.query<WorkflowBudget[]>(
      `SELECT ${BUDGET_COLUMNS} FROM budgets WHERE id = $1 AND ${inScope(scope, 2)} FOR UPDATE`,
      [id, ...scopeValues(scope)],
    );
    return row;
  }

  async find(id: string, scope: Scope): Promise<WorkflowBudget | undefined> {
    const [row] = await this.tx.query<WorkflowBudget[]>(
      `SELECT ${BUDGET_COLUMNS} FROM budgets WHERE id = $1 AND ${inScope(scope, 2)}`,
      [id, ...scopeValues(scope)],
    );
    return row;
  }

  /** Moves a locked budget to its next state, guarded by the row version it was read at. */
  async transition(
    budget: WorkflowBudget,
    to: BudgetState,
    changes: { version?: number; reviewDueAt?: string | null } = {},
  ): Promise<void> {
    const result = await this.tx.query<[unknown, number]>(
      `UPDATE budgets SET state = $3, version = COALESCE($4, version),
              review_due_at = CASE WHEN $5::boolean THEN $6::timestamptz ELSE review_due_at END,
              row_version = row_version + 1, updated_at = now()
        WHERE id = $1 AND row_version = $2`,
      [
        budget.id,
        budget.rowVersion,
        to,
        changes.version ?? null,
        'reviewDueAt' in changes,
        changes.reviewDueAt ?? null,
      ],
    );
    if (result[1] !== 1) throw new Error(`budget ${budget.id} changed while it was locked`);
  }

  async saveFindings(
    id: string,
    version: number,
    counts: FindingCounts,
    findings: FindingMessage[],
  ): Promise<void> {
    await this.tx.query('UPDATE budgets SET findings = $2, findings_version = $3 WHERE id = $1', [
      id,
      JSON.stringify({ counts, findings }),
      version,
    ]);
  }

  /** Appends to the budget's hash-chained trail; the budget must be locked. */
  async appendAudit(
    budget: WorkflowBudget,
    entry: Omit<AuditFields, 'budgetId' | 'sequence' | 'at'>,
  ): Promise<void> {
    const fields: AuditFields = {
      ...entry,
      budgetId: budget.id,
      sequence: budget.auditCount + 1,
      at: new Date().toISOString(),
    };
    const hash = entryHash(budget.auditHead, fields);
    // One statement: the entry and the chain's new head on the budget row.
    await this.tx.query(
      `WITH appended AS (
         INSERT INTO audit_trail (budget_id, sequence, at, actor, action, from_state, to_state, version, reason,
                                  correlation_id, event_id, previous_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING budget_id)
       UPDATE budgets SET audit_count = $2, audit_head = $13 WHERE id = (SELECT budget_id FROM appended)`,
      [
        fields.budgetId,
        fields.sequence,
        fields.at,
        fields.actor,
        fields.action,
        fields.fromState ?? null,
        fields.toState ?? null,
        fields.version ?? null,
        fields.reason ?? null,
        fields.correlationId,
        fields.eventId ?? null,
        budget.auditHead,
        hash,
      ],
    );
    budget.auditCount = fields.sequence;
    budget.auditHead = hash;
  }

  async auditTrail(budgetId: string): Promise<ChainedAuditEntry[]> {
    const rows = await this.tx.query<(ChainedAuditEntry & Record<string, unknown>)[]>(
      `SELECT budget_id AS "budgetId", sequence, ${ISO('at')} AS at, actor, action, from_state AS "fromState",
              to_state AS "toState", version, reason, correlation_id AS "correlationId", event_id AS "eventId",
              previous_hash AS "previousHash", hash
         FROM audit_trail WHERE budget_id = $1 ORDER BY sequence`,
      [budgetId],
    );
    // Absent fields were hashed as absent, not as null.
    return rows.map((row) => withoutNulls(row) as unknown as ChainedAuditEntry);
  }

  async hasAuditAction(budgetId: string, action: string, version: number): Promise<boolean> {
    const rows = await this.tx.query<unknown[]>(
      'SELECT 1 FROM audit_trail WHERE budget_id = $1 AND action = $2 AND version = $3 LIMIT 1',
      [budgetId, action, version],
    );
    return rows.length > 0;
  }

  async inReviewWithDeadline(): Promise<{ budgetId: string; version: number; dueAt: string }[]> {
    return this.tx.query(
      `SELECT id AS "budgetId", version, ${ISO('review_due_at')} AS "dueAt"
         FROM budgets WHERE state = 'in_review' AND review_due_at IS NOT NULL`,
    );
  }

  async auditHeads(): Promise<{ budgetId: string; auditCount: number; auditHead: string }[]> {
    return this.tx.query(
      'SELECT id AS "budgetId", audit_count AS "auditCount", audit_head AS "auditHead" FROM budgets ORDER BY id',
    );
  }

  async addComment(comment: {
    id: string;
    budgetId: string;
    version: number;
    author: string;
    text: string;
    path?: string;
    label?: string;
  }): Promise<void> {
    await this.tx.query(
      'INSERT INTO comments (id, budget_id, version, author, text, path, label) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [
        comment.id,
        comment.budgetId,
        comment.version,
        comment.author,
        comment.text,
        comment.path ?? null,
        comment.label ?? null,
      ],
    );
  }

  async list(
    scope: Scope,
    filter: { state?: string; unitId?: string; fiscalYear?: number },
  ): Promise<BudgetSummary[]> {
    const conditions = [inScope(scope, 1)];
    const values: unknown[] = scopeValues(scope);
    const add = (sql: string, value: unknown) => {
      values.push(value);
      conditions.push(sql.replace('?', `$${values.length}`));
    };
    if (filter.state) add('state = ?', filter.state);
    if (filter.unitId) add('unit_id = ?', filter.unitId);
    if (filter.fiscalYear) add('fiscal_year = ?', filter.fiscalYear);
    return this.tx.query<BudgetSummary[]>(
      `SELECT id, unit_id AS "unitId", unit_name AS "unitName", fiscal_year AS "fiscalYear", state, version
         FROM budgets WHERE ${conditions.join(' AND ')} ORDER BY fiscal_year DESC, unit_id LIMIT 1000`,
      values,
    );
  }

  /** State, version, latest findings and comments, in one statement (one consistent snapshot). */
  async detail(id: string, scope: Scope): Promise<BudgetDetail | undefined> {
    const [row] = await this.tx.query<DetailRow[]>(
      `SELECT id, unit_id AS "unitId", unit_name AS "unitName", fiscal_year AS "fiscalYear", state, version,
              ${ISO('review_due_at')} AS "reviewDueAt", findings, findings_version AS "findingsVersion",
              COALESCE((SELECT json_agg(json_strip_nulls(json_build_object('id', c.id, 'version', c.version,
                          'author', c.author, 'text', c.text, 'path', c.path, 'label', c.label,
                          'at', ${ISO('c.created_at')})) ORDER BY c.created_at, c.id)
                          FROM comments c WHERE c.budget_id = budgets.id), '[]') AS comments
         FROM budgets WHERE id = $1 AND ${inScope(scope, 2)}`,
      [id, ...scopeValues(scope)],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      unitId: row.unitId,
      unitName: row.unitName,
      fiscalYear: row.fiscalYear,
      state: row.state,
      version: row.version,
      ...(row.reviewDueAt ? { reviewDueAt: row.reviewDueAt } : {}),
      ...(row.findings && row.findingsVersion
        ? { latestFindings: { version: row.findingsVersion, ...row.findings } }
        : {}),
      comments: row.comments,
    };
  }
}

interface DetailRow {
  id: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  state: BudgetState;
  version: number;
  reviewDueAt: string | null;
  findings: { counts: FindingCounts; findings: FindingMessage[] } | null;
  findingsVersion: number | null;
  comments: BudgetDetail['comments'];
}

/** SQL NULL for an absent optional field becomes an absent property. */
const withoutNulls = (row: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));

export const toAuditEntry = (entry: ChainedAuditEntry): AuditEntry => ({
  sequence: entry.sequence,
  budgetId: entry.budgetId,
  at: entry.at,
  actor: entry.actor,
  action: entry.action,
  ...(entry.fromState ? { from: entry.fromState } : {}),
  ...(entry.toState ? { to: entry.toState } : {}),
  ...(entry.version ? { version: entry.version } : {}),
  ...(entry.reason ? { reason: entry.reason } : {}),
  correlationId: entry.correlationId,
  hash: entry.hash,
  previousHash: entry.previousHash,
});
