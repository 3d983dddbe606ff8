import type { StandardTable, StandardTableKind, TableRow } from '@budgetflow/budget-domain';
import { cellsOf, HandanSourceError, nonBlank, type SourceLine } from './source-lines';
import { ROW_READERS } from './standard-table-rows';

/** The nine tables in printed order, with their printed titles. */
export const HANDAN_TABLES: readonly { readonly kind: StandardTableKind; readonly title: string }[] = [
  { kind: 'budgetSummary', title: '部门预算收支总表' },
  { kind: 'incomeSummary', title: '部门预算收入总表' },
  { kind: 'expenditureSummary', title: '部门预算支出总表' },
  { kind: 'fiscalAppropriationSummary', title: '部门预算财政拨款收支总表' },
  { kind: 'generalBudgetExpenditure', title: '部门预算一般公共预算财政拨款支出表' },
  { kind: 'generalBudgetBasicExpenditure', title: '部门预算一般公共预算财政拨款基本支出表' },
  { kind: 'govFundExpenditure', title: '部门预算政府基金预算财政拨款支出表' },
  { kind: 'stateCapitalExpenditure', title: '部门预算国有资本经营预算财政拨款支出表' },
  { kind: 'threePublicExpenditure', title: '部门预算财政拨款“三公”经费支出表' },
];

/** What the page header above every table says (`312 邯郸市公安局`, `预算年度：2022`). */
export interface TableHeader {
  readonly unitCode: string;
  readonly unitName: string;
  readonly fiscalYear: number;
}

const readHeader = (lines: readonly SourceLine[]): TableHeader => {
  const unit = lines.map((line) => /^(\d+) (\S+)$/.exec(line.text.trim())).find((match) => match !== null);
  const year = lines
    .map((line) => /^预算年度：(\d{4})$/.exec(line.text.trim()))
    .find((match) => match !== null);
  if (!unit || !year) throw new HandanSourceError(`table header without unit or 预算年度`, lines[0]);
  if (!lines.some((line) => line.text.trim() === '单位：万元')) {
    throw new HandanSourceError('table header without 单位：万元', lines[0]);
  }
  return { unitCode: unit[1], unitName: unit[2], fiscalYear: Number(year[1]) };
};

/**
 * One table from its title line to the next title. Above the 栏次 line: page header and column
 * headers (not stored). Below it: rows, then any 「注：」 notes.
 */
export const parseStandardTable = (
  kind: StandardTableKind,
  lines: readonly SourceLine[],
): { table: StandardTable; header: TableHeader } => {
  const [titleLine, ...rest] = nonBlank(lines);
  const ordinals = rest.findIndex((line) => line.text.startsWith('栏次\t'));
  if (ordinals < 0) throw new HandanSourceError('table without 栏次 row', titleLine);
  const header = readHeader(rest.slice(0, ordinals));
  const rows: TableRow[] = [];
  const notes: string[] = [];
  for (const line of rest.slice(ordinals + 1)) {
    if (line.text.startsWith('注：')) notes.push(line.text.trim());
    else if (notes.length > 0 || !line.text.includes('\t')) {
      throw new HandanSourceError('expected a table row or a note', line);
    } else rows.push(...ROW_READERS[kind](cellsOf(line), line, rows));
  }
  const table: StandardTable = {
    kind,
    layout: 'standard',
    title: titleLine.text.trim(),
    unitOfMeasure: '万元',
    rows,
    notes,
  };
  return { table, header };
};
