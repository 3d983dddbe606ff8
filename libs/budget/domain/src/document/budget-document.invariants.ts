import type { BudgetDocument } from './budget-document.schema';
import { ECONOMIC_CODE_PATTERN } from './document-primitives.schema';
import { columnDefinition } from './standard-table.columns';
import { TABLE_KIND_DEFINITIONS } from './standard-table.kinds';
import { lineDefinition } from './standard-table.lines';
import type { StandardTable, TableRow } from './standard-table.schema';
import { unitIdOf } from './unit.schema';

/** A shape error: the JSON Pointer of the offending value and what is wrong with it. */
export interface DocumentError {
  readonly path: string;
  readonly message: string;
}

const ECONOMIC_CODE = new RegExp(ECONOMIC_CODE_PATTERN);

/**
 * Shape rules JSON Schema cannot say: which columns, lines, sides and code scheme a row may use
 * depends on its table's kind and layout (declared as data in standard-table.columns/lines).
 * These are about the document being well-formed, not about its numbers adding up.
 */
export const checkDocumentInvariants = (document: BudgetDocument): DocumentError[] => {
  const errors: DocumentError[] = [];
  const { unit } = document;
  const expectedId = unitIdOf(unit.division.code, unit.code);
  if (unit.id !== expectedId) {
    errors.push({ path: '/unit/id', message: `Expected unit id "${expectedId}" (<division>-<code>)` });
  }

  const seen = new Set<string>();
  document.tables.forEach((table, t) => {
    if (seen.has(table.kind)) {
      errors.push({ path: `/tables/${t}/kind`, message: `Duplicate table kind "${table.kind}"` });
    }
    seen.add(table.kind);
    table.rows.forEach((row, r) => errors.push(...checkRow(table, row, `/tables/${t}/rows/${r}`)));
  });

  document.narrative?.sections.forEach((section, s) => {
    if (section.terms && section.kind !== 'glossary') {
      errors.push({ path: `/narrative/sections/${s}/terms`, message: 'Terms belong to a glossary section' });
    }
  });
  return errors;
};

const checkRow = (table: StandardTable, row: TableRow, path: string): DocumentError[] => {
  const errors: DocumentError[] = [];
  const { rowKeying } = TABLE_KIND_DEFINITIONS[table.kind];
  const twoSided = rowKeying === 'balance';

  if ((row.code === undefined) === (row.line === undefined)) {
    errors.push({ path, message: 'Expected exactly one of "code" or "line"' });
  }
  if (row.code !== undefined && rowKeying === 'lines') {
    errors.push({ path: `${path}/code`, message: `Table "${table.kind}" has named lines only` });
  }
  if (row.code !== undefined && rowKeying === 'economic' && !ECONOMIC_CODE.test(row.code)) {
    errors.push({
      path: `${path}/code`,
      message: 'Expected an economic classification code (3 or 5 digits)',
    });
  }
  if (twoSided && row.side === undefined) {
    errors.push({ path, message: 'Expected required property "side" in a two-sided table' });
  }
  if (!twoSided && row.side !== undefined) {
    errors.push({ path: `${path}/side`, message: `Table "${table.kind}" has no sides` });
  }
  if (row.line !== undefined) {
    const line = lineDefinition(table.kind, row.line);
    if (!line)
      errors.push({ path: `${path}/line`, message: `Unknown line "${row.line}" for table "${table.kind}"` });
    else if (twoSided && line.side !== row.side) {
      errors.push({ path: `${path}/line`, message: `Line "${row.line}" belongs to the ${line.side} side` });
    }
  }
  if (twoSided && row.code !== undefined && row.side !== 'expenditure') {
    errors.push({ path: `${path}/code`, message: 'Only expenditure lines are keyed by classification code' });
  }
  for (const key of Object.keys(row.amounts)) {
    const column = columnDefinition(table.kind, table.layout, key);
    if (!column) {
      errors.push({
        path: `${path}/amounts/${key}`,
        message: `Unknown column "${key}" for ${table.kind} (${table.layout})`,
      });
    } else if (twoSided && column.side !== row.side) {
      errors.push({
        path: `${path}/amounts/${key}`,
        message: `Column "${key}" belongs to the ${column.side} side`,
      });
    }
  }
  return errors;
};
