import type { EntityManager } from 'typeorm';
import type { Scope } from '@budgetflow/contracts';

/** A budget's draft record without its document, which only reading or freezing it needs. */
export interface BudgetRecord {
  id: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  documentHash: string;
  revision: number;
  latestVersion: number;
  locked: boolean;
}

export interface VersionRecord {
  budgetId: string;
  number: number;
  document: unknown;
  contentHash: string;
  frozenBy: string;
  frozenAt: string;
}

const BUDGET_COLUMNS = `id, unit_id AS "unitId", unit_name AS "unitName", fiscal_year AS "fiscalYear",
  document_hash AS "documentHash", revision, latest_version AS "latestVersion", locked`;

const VERSION_COLUMNS = `v.budget_id AS "budgetId", v.number, v.document, v.content_hash AS "contentHash",
  v.frozen_by AS "frozenBy", to_char(v.frozen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "frozenAt"`;

const scopeClause = (scope: Scope, parameter: number, column = 'unit_id'): string =>
  'all' in scope ? 'TRUE' : `${column} = ANY($${parameter})`;
const scopeParameters = (scope: Scope): unknown[] => ('all' in scope ? [] : [scope.unitIds]);

/** The submission service's budgets and their frozen versions: narrow, named queries only. */
export class BudgetRepository {
  constructor(private readonly tx: EntityManager) {}

  /** A budget the caller may see, locked for update when `forUpdate`. */
  async findInScope(id: string, scope: Scope, forUpdate = false): Promise<BudgetRecord | undefined> {
    const [row] = await this.tx.query<BudgetRecord[]>(
      `SELECT ${BUDGET_COLUMNS} FROM budgets WHERE id = $1 AND ${scopeClause(scope, 2)}${forUpdate ? ' FOR UPDATE' : ''}`,
      [id, ...scopeParameters(scope)],
    );
    return row;
  }

  /** The record with its working document (hundreds of kilobytes for a large department). */
  async findDraftInScope(
    id: string,
    scope: Scope,
  ): Promise<(BudgetRecord & { document: unknown }) | undefined> {
    const [row] = await this.tx.query<(BudgetRecord & { document: unknown })[]>(
      `SELECT ${BUDGET_COLUMNS}, document FROM budgets WHERE id = $1 AND ${scopeClause(scope, 2)}`,
      [id, ...scopeParameters(scope)],
    );
    return row;
  }

  /** Inserts a new budget; false when the unit already has one for that year. */
  async insert(
    budget: Omit<BudgetRecord, 'revision' | 'latestVersion' | 'locked'> & { document: unknown },
    createdBy: string,
  ): Promise<boolean> {
    const rows = await this.tx.query<unknown[]>(
      `INSERT INTO budgets (id, unit_id, unit_name, fiscal_year, document, document_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (unit_id, fiscal_year) DO NOTHING RETURNING id`,
      [
        budget.id,
        budget.unitId,
        budget.unitName,
        budget.fiscalYear,
        JSON.stringify(budget.document),
        budget.documentHash,
        createdBy,
      ],
    );
    return rows.length > 0;
  }

  async replaceDocument(id: string, document: unknown, documentHash: string): Promise<number> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM.
    const [rows] = await this.tx.query<[{ revision: number }[], number]>(
      `UPDATE budgets SET document = $2, document_hash = $3, revision = revision + 1, updated_at = now()
        WHERE id = $1 RETURNING revision`,
      [id, JSON.stringify(document), documentHash],
    );
    return rows[0].revision;
  }

  /** Freezes the current draft as the next numbered version and locks the budget. */
  async freezeNextVersion(budget: BudgetRecord, frozenBy: string): Promise<number> {
    const number = budget.latestVersion + 1;
    await this.tx.query(
      `INSERT INTO budget_versions (budget_id, number, document, content_hash, frozen_by)
       SELECT id, $2, document, document_hash, $3 FROM budgets WHERE id = $1`,
      [budget.id, number, frozenBy],
    );
    await this.tx.query(
      'UPDATE budgets SET latest_version = $2, locked = true, updated_at = now() WHERE id = $1',
      [budget.id, number],
    );
    return number;
  }

  /**
   * Gives the draft back to the unit. With `upToVersion`, only while no later version has been
   * submitted: a late or re-sent returned event must not unlock a newer submission.
   */
  async unlock(id: string, upToVersion?: number): Promise<void> {
    await this.tx.query(
      `UPDATE budgets SET locked = false, updated_at = now()
        WHERE id = $1 AND locked AND ($2::integer IS NULL OR latest_version <= $2)`,
      [id, upToVersion ?? null],
    );
  }

  /** A frozen version of a budget in the caller's scope, in one statement (validation and publication read one per submission). */
  async findVersionInScope(
    budgetId: string,
    number: number,
    scope: Scope,
  ): Promise<{ budgetFound: boolean; version?: VersionRecord }> {
    const [row] = await this.tx.query<(VersionRecord | { budgetId: null })[]>(
      `SELECT ${VERSION_COLUMNS}
         FROM budgets b LEFT JOIN budget_versions v ON v.budget_id = b.id AND v.number = $2
        WHERE b.id = $1 AND ${scopeClause(scope, 3, 'b.unit_id')}`,
      [budgetId, number, ...scopeParameters(scope)],
    );
    if (!row) return { budgetFound: false };
    return row.budgetId === null ? { budgetFound: true } : { budgetFound: true, version: row };
  }

  async findVersion(budgetId: string, number: number): Promise<VersionRecord | undefined> {
    const [row] = await this.tx.query<VersionRecord[]>(
      `SELECT ${VERSION_COLUMNS} FROM budget_versions v WHERE budget_id = $1 AND number = $2`,
      [budgetId, number],
    );
    return row;
  }
}
