import type { BudgetDocument, StandardTable, TableKind, TableRow } from '@budgetflow/budget-domain';
import type { Finding } from '../framework/finding';
import type { Rule } from '../framework/rule';
import { runRules } from '../framework/validate-document';
import type { ValidationConfig } from '../framework/validation-config';

/** The findings one rule produces on a document. */
export const findingsOf = (rule: Rule, document: BudgetDocument, config: ValidationConfig = {}): Finding[] =>
  runRules([rule], document, config);

export const tableOf = (document: BudgetDocument, kind: TableKind): StandardTable => {
  const table = document.tables.find((candidate) => candidate.kind === kind);
  if (!table) throw new Error(`test document has no ${kind} table`);
  return table;
};

/** The row with this code (or line), to change one cell in a spec. */
export const rowOf = (
  document: BudgetDocument,
  kind: TableKind,
  key: string,
  side?: 'income' | 'expenditure',
): TableRow => {
  const row = tableOf(document, kind).rows.find(
    (candidate) =>
      (candidate.code === key || candidate.line === key) && (side === undefined || candidate.side === side),
  );
  if (!row) throw new Error(`test document has no row ${key} in ${kind}`);
  return row;
};

/** A copy that specs may change freely. */
export const cloneDocument = (document: BudgetDocument): BudgetDocument => structuredClone(document);
