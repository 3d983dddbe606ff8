import { FIGURE_KEY_DEFINITIONS, lineDefinition, type Amount } from '@budgetflow/budget-domain';
import { amountText, orZero, sumOf } from '../../framework/amount-text';
import { cellLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { figureQuote, isWanYuan, narrativeFigures } from './narrative-figures';

const UNIT_FUND_LINES = ['business', 'operating', 'superiorSubsidy', 'subordinateRemittance', 'other'];

/** Every narrative figure that names a table cell states the number in that cell. */
export const narFig001 = defineRule({
  id: 'NAR-FIG-001',
  severity: 'error',
  category: 'narrative',
  title: '情况说明数字与报表一致',
  checks:
    '情况说明中每个对应报表单元格的数字（收入总计及各项收入、支出总计、基本支出、人员经费、公用经费、项目支出、“三公”经费及各项等）等于该单元格；单位资金收入等于收支总表事业收入、经营收入、上级补助收入、附属单位上缴收入、其他收入之和。',
  why: '情况说明是公众阅读的文字，与报表矛盾的数字会被直接引用和质疑，必须与批复的报表一致。',
  check(document, context, report) {
    const definitions = new Map(
      FIGURE_KEY_DEFINITIONS.map((definition) => [definition.key as string, definition]),
    );
    for (const located of narrativeFigures(document, context)) {
      if (!isWanYuan(located.figure)) continue;
      if (located.figure.key === 'income.unitFunds') {
        const table = context.tables.table('budgetSummary');
        if (!table || !table.hasColumn('incomeAmount')) continue;
        const expected = sumOf(
          UNIT_FUND_LINES.map((line) => table.cell(table.line(line, 'income'), 'incomeAmount')),
        );
        if (context.sameAmount(located.amount, expected)) continue;
        report({
          message: `${figureQuote(located)}，${tableLabel(table)}事业、经营、上级补助、附属单位上缴和其他收入合计为${expected.toString()}，两者不符。`,
          location: { table: table.kind, path: located.path },
          expected: expected.toString(),
          actual: located.amount.toString(),
        });
        continue;
      }
      const cell = definitions.get(located.figure.key)?.cell;
      const table = cell ? context.tables.table(cell.table) : undefined;
      if (!cell || !table || !table.hasColumn(cell.column) || table.table.rows.length === 0) continue;
      const entry = table.line(cell.line, lineDefinition(cell.table, cell.line)?.side);
      const printed: Amount | undefined = table.cell(entry, cell.column);
      if (context.sameAmount(located.amount, orZero(printed))) continue;
      const where = entry ? cellLabel(table, entry, cell.column) : `${tableLabel(table)}（未列示该行）`;
      report({
        message: `${figureQuote(located)}，${where}为${amountText(printed)}，两者不符。`,
        location: { table: table.kind, row: cell.line, column: cell.column, path: located.path },
        // A blank cell has no value to expect: the message says it is blank.
        ...(printed ? { expected: printed.toString() } : {}),
        actual: located.amount.toString(),
      });
    }
  },
});
