import type { TableRow } from '@budgetflow/budget-domain';
import { amountOf, cellAt, expectBlankFrom, JiyuanSourceError, type SourceLine } from './source-lines';

/**
 * The code-keyed Henan expenditure tables: 部门支出总体情况表 (expenditureSummary) and
 * 一般公共预算支出情况表 (generalBudgetExpenditure). Both print three header rows, the last being
 * the 栏次 row (`** ** … 1 2 … 8`) that fixes where each amount column is.
 */

/** 栏次 1–8 in order (standard-table.columns.ts, HENAN_EXPENDITURE). */
const COLUMN_KEYS = [
  'total',
  'basic',
  'basicWages',
  'basicPublic',
  'basicHousehold',
  'project',
  'projectGeneral',
  'projectSpecial',
];

/** Positions of the amount columns, from the 栏次 row. */
const amountPositions = (columnNumbers: SourceLine): number[] =>
  COLUMN_KEYS.map((_, index) => {
    const position = columnNumbers.cells.indexOf(String(index + 1));
    if (position < 0) throw new JiyuanSourceError(`栏次 ${index + 1} not found`, columnNumbers);
    return position;
  });

export const parseCodeTableBody = (
  header: readonly SourceLine[],
  body: readonly SourceLine[],
  unitName: string,
): TableRow[] => {
  const columnNumbers = header[header.length - 1];
  const positions = amountPositions(columnNumbers);
  // 单位(科目名称) is the column before 栏次 1. In 一般公共预算支出情况表 the body prints 单位代码 one
  // column left of its header, under an extra `**` column (correction general-budget-unit-code-column),
  // so the unit code is read from the cell after 项 in both tables.
  const nameColumn = positions[0] - 1;
  return body.map((line): TableRow => {
    const amounts: Record<string, string> = {};
    positions.forEach((position, index) => {
      const amount = amountOf(cellAt(line, position), line);
      if (amount !== undefined) amounts[COLUMN_KEYS[index]] = amount;
    });
    expectBlankFrom(line, positions[positions.length - 1] + 1);
    const name = cellAt(line, nameColumn);
    const [kind, item, entry, unitCode] = [0, 1, 2, 3].map((index) => cellAt(line, index));
    for (let index = 4; index < nameColumn; index += 1) {
      if (cellAt(line, index) !== '') throw new JiyuanSourceError('unexpected cell before the name', line);
    }
    if (kind === '' && item === '' && entry === '' && unitCode === '') {
      if (name === '合计') return { line: 'total', name, amounts };
      if (name === unitName) return { line: 'unitTotal', name, amounts };
      throw new JiyuanSourceError(`row without a code: "${name}"`, line);
    }
    const code = `${kind}${item}${entry}`;
    if (!/^[0-9]{3}[0-9]{2}[0-9]{2}$/.test(code) || !/^[0-9]{2,15}$/.test(unitCode)) {
      throw new JiyuanSourceError('expected 类/款/项 and 单位代码', line);
    }
    return { code, unitCode, name, amounts };
  });
};
