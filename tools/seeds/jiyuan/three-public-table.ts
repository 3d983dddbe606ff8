import type { TableRow } from '@budgetflow/budget-domain';
import { amountOf, cellAt, expectBlankFrom, JiyuanSourceError, type SourceLine } from './source-lines';

/** Henan 一般公共预算“三公”经费支出情况表: items by printed name, one amount column. */
const LINE_BY_NAME: Readonly<Record<string, string>> = {
  共计: 'total',
  '1、因公出国（境）费用': 'overseas',
  '2、公务接待费': 'reception',
  '3、公务用车费': 'vehicles',
  '其中：（1）公务用车运行维护费': 'vehicles.operation',
  '（2）公务用车购置': 'vehicles.purchase',
};

export const parseThreePublicBody = (body: readonly SourceLine[]): TableRow[] =>
  body.map((line): TableRow => {
    const name = cellAt(line, 0);
    const key = LINE_BY_NAME[name];
    if (key === undefined) throw new JiyuanSourceError(`unknown “三公” line "${name}"`, line);
    expectBlankFrom(line, 2);
    const amount = amountOf(cellAt(line, 1), line);
    return { line: key, name, amounts: amount === undefined ? {} : { total: amount } };
  });
