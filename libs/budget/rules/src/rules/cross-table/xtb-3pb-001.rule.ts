import { amountText, orZero } from '../../framework/amount-text';
import { cellLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';

/** The "三公" lines and the economic 款 of basic spending that carry the same expense. */
const ECONOMIC_LINES = [
  { line: 'overseas', code: '30212', name: '因公出国（境）费用' },
  { line: 'vehicles.operation', code: '30231', name: '公务用车运行维护费' },
  { line: 'reception', code: '30217', name: '公务接待费' },
  { line: 'meetings', code: '30215', name: '会议费' },
  { line: 'training', code: '30216', name: '培训费' },
] as const;

/**
 * "三公" covers basic AND project spending, so it may exceed the basic-expenditure economic line;
 * it can never be smaller than it, because that line is part of what "三公" counts.
 */
export const xtb3pb001 = defineRule({
  id: 'XTB-3PB-001',
  severity: 'error',
  category: 'cross-table',
  title: '“三公”经费不小于基本支出中的对应经济科目',
  checks:
    '财政拨款“三公”经费支出表中因公出国（境）费、公务用车运行维护费、公务接待费、会议费、培训费（一般公共预算财政拨款栏），不小于一般公共预算财政拨款基本支出表中对应经济科目30212、30231、30217、30215、30216的金额。',
  why: '“三公”经费统计财政拨款安排的基本支出和项目支出，基本支出表中的对应科目只是其中一部分；“三公”表小于它，说明“三公”经费少报。大于则可能来自项目支出，不报告。',
  check(_document, context, report) {
    const threePublic = context.tables.table('threePublicExpenditure');
    const basic = context.tables.table('generalBudgetBasicExpenditure');
    if (!threePublic || !basic || basic.table.rows.length === 0) return;
    const column = threePublic.hasColumn('generalPublicBudget') ? 'generalPublicBudget' : 'total';
    for (const { line, code, name } of ECONOMIC_LINES) {
      const entry = threePublic.line(line);
      const economicRow = basic.table.rows.length > 0 ? basic.groups[0]?.byCode.get(code) : undefined;
      if (!entry || !economicRow) continue;
      const economic = basic.cell(economicRow, 'total');
      const printed = threePublic.cell(entry, column);
      if (
        !economic ||
        orZero(printed).compare(economic) >= 0 ||
        context.sameAmount(orZero(printed), economic)
      )
        continue;
      report({
        message: `${cellLabel(threePublic, entry, column)}为${amountText(printed)}，小于${tableLabel(basic)}中${code} ${name}的${economic.toString()}；“三公”经费包含基本支出，不应小于基本支出中的该项。`,
        location: {
          table: threePublic.kind,
          row: line,
          column,
          path: threePublic.cellPointer(entry, column),
        },
        expected: `≥${economic.toString()}`,
        actual: amountText(printed),
      });
    }
  },
});
