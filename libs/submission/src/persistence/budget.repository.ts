import type { EntityManager } from 'typeorm';
import type { Scope } from '@budgetflow/contracts';

export interface BudgetRecord {
  id: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  document: unknown;
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

const BUDGET_COLUMNS = `id, unit_id AS "unitId", unit_name AS "unitName", fiscal_year AS "fiscalYear", document,
  document_hash AS "documentHash", revision, latest_version AS "latestVersion", locked`;

const scopeClause = (scope: Scope, parameter: number): string =>
  'all' in scope ? 'TRUE' : `unit_id = ANY($${parameter})`;
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

  /** Inserts a new budget; false when the unit already has one for that year. */
  async insert(
    budget: Omit<BudgetRecord, 'revision' | 'latestVersion' | 'locked'>,
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

  async findVersion(budgetId: string, number: number): Promise<VersionRecord | undefined> {
    const [row] = await this.tx.query<VersionRecord[]>(
      `SELECT budget_id AS "budgetId", number, document, content_hash AS "contentHash", frozen_by AS "frozenBy",
              to_char(frozen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "frozenAt"
         FROM budget_versions WHERE budget_id = $1 AND number = $2`,
      [budgetId, number],
    );
    return row;
  }
}
