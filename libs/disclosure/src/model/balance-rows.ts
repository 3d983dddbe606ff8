import type { TableRow } from '@budgetflow/budget-domain';

/** Lines that start the totals block at the foot of each side. */
const FOOTER_START = new Set(['incomeThisYear', 'expenditureThisYear', 'incomeTotal', 'expenditureTotal']);
/** The grand total of a side, printed on the very last row. */
const GRAND_TOTAL = new Set(['incomeTotal', 'expenditureTotal']);

export interface PrintedPair {
  readonly income?: TableRow;
  readonly expenditure?: TableRow;
}

interface SideParts {
  readonly body: readonly TableRow[];
  readonly footer: readonly TableRow[];
  readonly grandTotal?: TableRow;
}

const splitSide = (rows: readonly TableRow[]): SideParts => {
  const start = rows.findIndex((row) => row.line !== undefined && FOOTER_START.has(row.line));
  const body = start < 0 ? rows : rows.slice(0, start);
  const rest = start < 0 ? [] : rows.slice(start);
  const last = rest[rest.length - 1];
  return last?.line !== undefined && GRAND_TOTAL.has(last.line)
    ? { body, footer: rest.slice(0, -1), grandTotal: last }
    : { body, footer: rest };
};

const zip = (left: readonly TableRow[], right: readonly TableRow[]): PrintedPair[] =>
  Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
    ...(left[i] ? { income: left[i] } : {}),
    ...(right[i] ? { expenditure: right[i] } : {}),
  }));

/**
 * The printed rows of a two-sided table (收支总表, 财政拨款收支总表). The document stores each side
 * in its own order; the page pairs them by position, with the totals block aligned at the foot and
 * the grand totals (收入总计 / 支出总计) on the last row, as 邯郸 prints rows 31–36.
 */
export const pairBalanceRows = (rows: readonly TableRow[]): PrintedPair[] => {
  const income = splitSide(rows.filter((row) => row.side !== 'expenditure'));
  const expenditure = splitSide(rows.filter((row) => row.side === 'expenditure'));
  const grand: PrintedPair[] =
    income.grandTotal || expenditure.grandTotal
      ? [
          {
            ...(income.grandTotal ? { income: income.grandTotal } : {}),
            ...(expenditure.grandTotal ? { expenditure: expenditure.grandTotal } : {}),
          },
        ]
      : [];
  return [...zip(income.body, expenditure.body), ...zip(income.footer, expenditure.footer), ...grand];
};
