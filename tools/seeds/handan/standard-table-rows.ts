import {
  tableColumns,
  type StandardTable,
  type StandardTableKind,
  type TableRow,
  type TableSide,
} from '@budgetflow/budget-domain';
import { amountCell, HandanSourceError, type SourceLine } from './source-lines';
import {
  BUDGET_SUMMARY_INCOME_LINES,
  EXPENDITURE_TOTAL_LINES,
  FISCAL_SUMMARY_INCOME_LINES,
  FUNCTION_CLASS_CODES,
  THREE_PUBLIC_LINES,
  withoutOrdinal,
} from './table-line-names';

// One body row of each standard table kind → TableRow(s). Cells are addressed by the printed 栏次
// (序号 is cell 0); names are looked up in table-line-names.ts.

const lookup = (names: Readonly<Record<string, string>>, name: string, line: SourceLine): string => {
  const key = names[name];
  if (key === undefined) throw new HandanSourceError(`unknown row name "${name}"`, line);
  return key;
};

/**
 * Amounts of the columns of one side (or all), read at cell index = 栏次 (序号 is cell 0). Every
 * other non-blank cell must be a name the caller consumed; anything else is unexplained and fatal.
 */
const readAmounts = (
  table: Pick<StandardTable, 'kind' | 'layout'>,
  cells: readonly string[],
  line: SourceLine,
  side?: TableSide,
): Record<string, string> => {
  const amounts: Record<string, string> = {};
  for (const column of tableColumns(table, side)) {
    const amount = amountCell(cells[column.order] ?? '', line);
    if (amount !== undefined) amounts[column.key] = amount;
  }
  return amounts;
};

const checkNoStrayCells = (
  table: Pick<StandardTable, 'kind' | 'layout'>,
  cells: string[],
  used: number[],
  line: SourceLine,
) => {
  const known = new Set([0, ...used, ...tableColumns(table).map((column) => column.order)]);
  cells.forEach((cell, index) => {
    if (cell !== '' && !known.has(index)) throw new HandanSourceError(`unexpected cell ${index}`, line);
  });
};

/** An amount on a side whose item name is blank would belong to no row: refuse it. */
const unnamedAmounts = (
  table: Pick<StandardTable, 'kind' | 'layout'>,
  cells: readonly string[],
  line: SourceLine,
  name: string,
  side: TableSide,
): void => {
  if (name === '' && Object.keys(readAmounts(table, cells, line, side)).length > 0) {
    throw new HandanSourceError(`${side} amount without an item name`, line);
  }
};

type RowReader = (cells: string[], line: SourceLine, previous: readonly TableRow[]) => TableRow[];

const STANDARD = { layout: 'standard' } as const;

/** 收入总表, 支出总表, 一般公共预算支出表, 基本支出表: 科目编码 | 科目名称 | amounts; 合计 has no code. */
const codeRows =
  (kind: StandardTableKind): RowReader =>
  (cells, line) => {
    const table = { kind, ...STANDARD };
    checkNoStrayCells(table, cells, [1, 2], line);
    const [, code, name] = cells;
    const amounts = readAmounts(table, cells, line);
    if (code !== '') return [{ code, name, amounts }];
    if (name !== '合计') throw new HandanSourceError('row without code is not 合计', line);
    return [{ line: 'total', name, amounts }];
  };

/** Two-sided tables: income item in cells 1–2, expenditure item from cell 3; both may be blank. */
const balanceRows =
  (kind: 'budgetSummary' | 'fiscalAppropriationSummary'): RowReader =>
  (cells, line, previous) => {
    const table = { kind, ...STANDARD };
    checkNoStrayCells(table, cells, [1, 3], line);
    const rows: TableRow[] = [];
    const incomeName = cells[1];
    const expenditureName = cells[3];
    unnamedAmounts(table, cells, line, incomeName, 'income');
    unnamedAmounts(table, cells, line, expenditureName, 'expenditure');
    if (incomeName !== '') {
      const bare = withoutOrdinal(incomeName);
      const names = kind === 'budgetSummary' ? BUDGET_SUMMARY_INCOME_LINES : FISCAL_SUMMARY_INCOME_LINES;
      // 一/二/三 printed under 年初财政拨款结转和结余 are its parts, not the year's income lines.
      const underCarryover =
        kind === 'fiscalAppropriationSummary' &&
        previous.some((row) => row.line === 'priorYearFiscalCarryover') &&
        bare !== '收入总计';
      const key = lookup(names, bare, line);
      rows.push({
        side: 'income',
        line: underCarryover ? `priorYearFiscalCarryover.${key}` : key,
        name: incomeName,
        amounts: readAmounts(table, cells, line, 'income'),
      });
    }
    if (expenditureName !== '') {
      const bare = withoutOrdinal(expenditureName);
      const amounts = readAmounts(table, cells, line, 'expenditure');
      const code = FUNCTION_CLASS_CODES[bare];
      rows.push(
        code !== undefined
          ? { side: 'expenditure', code, name: expenditureName, amounts }
          : {
              side: 'expenditure',
              line: lookup(EXPENDITURE_TOTAL_LINES, bare, line),
              name: expenditureName,
              amounts,
            },
      );
    }
    return rows;
  };

const threePublicRows: RowReader = (cells, line) => {
  const table = { kind: 'threePublicExpenditure', ...STANDARD } as const;
  checkNoStrayCells(table, cells, [1], line);
  const name = cells[1];
  return [{ line: lookup(THREE_PUBLIC_LINES, name, line), name, amounts: readAmounts(table, cells, line) }];
};

export const ROW_READERS: Readonly<Record<StandardTableKind, RowReader>> = {
  budgetSummary: balanceRows('budgetSummary'),
  incomeSummary: codeRows('incomeSummary'),
  expenditureSummary: codeRows('expenditureSummary'),
  fiscalAppropriationSummary: balanceRows('fiscalAppropriationSummary'),
  generalBudgetExpenditure: codeRows('generalBudgetExpenditure'),
  generalBudgetBasicExpenditure: codeRows('generalBudgetBasicExpenditure'),
  govFundExpenditure: codeRows('govFundExpenditure'),
  stateCapitalExpenditure: codeRows('stateCapitalExpenditure'),
  threePublicExpenditure: threePublicRows,
};
