import type { StandardTable, TableKind, TableRow } from '@budgetflow/budget-domain';
import { parseBudgetSummaryBody, parseFiscalSummaryBody } from './balance-tables';
import { parseCodeTableBody } from './code-tables';
import { isBlank, JiyuanSourceError, type SourceLine } from './source-lines';
import { parseThreePublicBody } from './three-public-table';

/**
 * The nine tables Jiyuan prints before the department target table, in printed order. Each starts
 * at its title (`2020年部门收支总体情况表`), optionally preceded by a sheet label (`预算09表`), then
 * `单位：济源市公安局` and `单位：万元`; four of them have no body and no note.
 */

const KIND_BY_TITLE: Readonly<Record<string, TableKind>> = {
  部门收支总体情况表: 'budgetSummary',
  部门收入总体情况表: 'incomeSummary',
  部门支出总体情况表: 'expenditureSummary',
  财政拨款收支总体情况表: 'fiscalAppropriationSummary',
  一般公共预算支出情况表: 'generalBudgetExpenditure',
  支出经济分类汇总表: 'economicClassSummary',
  一般公共预算基本支出情况表: 'generalBudgetBasicExpenditure',
  '一般公共预算“三公”经费支出情况表': 'threePublicExpenditure',
  政府性基金预算支出情况表: 'govFundExpenditure',
};

/** Header rows before the body, per kind; 0 for tables printed without a header (the empty ones). */
const HEADER_ROWS: Partial<Record<TableKind, number>> = {
  budgetSummary: 3,
  expenditureSummary: 3,
  fiscalAppropriationSummary: 4,
  generalBudgetExpenditure: 3,
  threePublicExpenditure: 1,
};

const TITLE = /^([0-9]{4})年(.+表)$/;
const SHEET_LABEL = /^预算[0-9]+表$/;
// Henan prints both colon forms (`单位：万元`, `单位: 万元`).
const UNIT_LINE = /^单位[:：]\s*(.+)$/;

interface TableBlock {
  readonly title: SourceLine;
  readonly sheetLabel?: string;
  readonly lines: SourceLine[];
}

const blocksOf = (lines: readonly SourceLine[]): TableBlock[] => {
  const blocks: TableBlock[] = [];
  let sheetLabel: string | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (isBlank(line)) continue;
    if (SHEET_LABEL.test(text)) {
      sheetLabel = text;
    } else if (TITLE.test(text)) {
      blocks.push({ title: line, ...(sheetLabel === undefined ? {} : { sheetLabel }), lines: [] });
      sheetLabel = undefined;
    } else {
      const current = blocks[blocks.length - 1];
      if (!current) throw new JiyuanSourceError('text before the first table title', line);
      current.lines.push(line);
    }
  }
  if (sheetLabel !== undefined) throw new JiyuanSourceError(`sheet label "${sheetLabel}" without a table`);
  return blocks;
};

const bodyRows = (
  kind: TableKind,
  header: SourceLine[],
  body: SourceLine[],
  unitName: string,
): TableRow[] => {
  switch (kind) {
    case 'budgetSummary':
      return parseBudgetSummaryBody(body);
    case 'fiscalAppropriationSummary':
      return parseFiscalSummaryBody(body);
    case 'expenditureSummary':
    case 'generalBudgetExpenditure':
      return parseCodeTableBody(header, body, unitName);
    case 'threePublicExpenditure':
      return parseThreePublicBody(body);
    case 'incomeSummary':
    case 'generalBudgetBasicExpenditure':
    case 'govFundExpenditure':
    case 'stateCapitalExpenditure':
    case 'economicClassSummary':
      if (body.length > 0) throw new JiyuanSourceError(`no body expected for ${kind}`, body[0]);
      return [];
  }
};

const tableOf = (block: TableBlock, unitName: string): StandardTable => {
  const title = block.title.text.trim();
  const kind = KIND_BY_TITLE[(TITLE.exec(title) ?? [])[2] ?? ''];
  if (kind === undefined) throw new JiyuanSourceError('unknown table title', block.title);
  const [unitLine, measureLine, ...rest] = block.lines;
  const printedUnit = UNIT_LINE.exec(unitLine?.text.trim() ?? '')?.[1];
  if (printedUnit !== unitName) throw new JiyuanSourceError(`expected 单位：${unitName}`, unitLine);
  if (UNIT_LINE.exec(measureLine?.text.trim() ?? '')?.[1] !== '万元') {
    throw new JiyuanSourceError('expected 单位：万元', measureLine);
  }
  const notes = rest.filter((line) => line.text.trim().startsWith('注：'));
  const table = rest.filter((line) => !notes.includes(line));
  const headerRows = HEADER_ROWS[kind] ?? 0;
  return {
    kind,
    layout: 'henan-2020',
    title,
    ...(block.sheetLabel === undefined ? {} : { sheetLabel: block.sheetLabel }),
    unitOfMeasure: '万元',
    rows: bodyRows(kind, table.slice(0, headerRows), table.slice(headerRows), unitName),
    notes: notes.map((line) => line.text.trim()),
  };
};

/** Fiscal year from the first title, and the tables in printed order. */
export const parseStandardTables = (
  lines: readonly SourceLine[],
  unitName: string,
): { fiscalYear: number; tables: StandardTable[] } => {
  const blocks = blocksOf(lines);
  const years = new Set(blocks.map((block) => (TITLE.exec(block.title.text.trim()) ?? [])[1]));
  if (years.size !== 1) throw new JiyuanSourceError(`tables of several years: ${[...years].join(', ')}`);
  return { fiscalYear: Number([...years][0]), tables: blocks.map((block) => tableOf(block, unitName)) };
};
