import { Amount, type BudgetDocument, type TableKind } from '@budgetflow/budget-domain';
import { tableOf } from './rule-test.helpers';

const times = (text: string, factor: number): string => {
  const amount = Amount.parse(text);
  let result = amount;
  for (let i = 1; i < factor; i++) result = result.plus(amount);
  return result.toString();
};
const scaled = (amounts: Readonly<Record<string, string>>, factor: number): Record<string, string> =>
  Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, times(value, factor)]));

/**
 * The code tables of `kinds` printed for two 所属单位, as consolidated standard-layout budgets (and
 * the rules bench) print them: the department's 合计, then per unit a `unitTotal` row with its
 * `unitCode` and that unit's code rows. Unit 001 prints the original amounts, unit 002 twice them,
 * the 合计 three times. Only the listed tables change: a spec runs the one rule that compares them.
 */
export const withTwoUnits = (document: BudgetDocument, kinds: readonly TableKind[]): BudgetDocument => {
  for (const kind of kinds) {
    const table = tableOf(document, kind);
    const total = table.rows.find((row) => row.line === 'total');
    if (!total) throw new Error(`${kind} has no 合计 row`);
    const codeRows = table.rows.filter((row) => row.code !== undefined);
    table.rows = [
      { ...total, amounts: scaled(total.amounts, 3) },
      ...(
        [
          ['001', '邯郸市公安局本级', 1],
          ['002', '邯郸市公安局交通警察支队', 2],
        ] as const
      ).flatMap(([unitCode, name, factor]) => [
        { line: 'unitTotal', unitCode, name, amounts: scaled(total.amounts, factor) },
        ...codeRows.map((row) => ({ ...row, unitCode, amounts: scaled(row.amounts, factor) })),
      ]),
    ];
  }
  return document;
};
