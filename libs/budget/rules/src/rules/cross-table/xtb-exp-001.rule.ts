import { Amount, type BudgetDocument } from '@budgetflow/budget-domain';
import { amountOf, amountText, orZero } from '../../framework/amount-text';
import { cellLabel, rowLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import type { RuleContext } from '../../framework/rule-context';
import { rowLocation } from '../../framework/sum-check';
import { unitAndCodeKey } from '../../framework/table-index';

/** Income lines of 收支总表 that are not general-public-budget money (funds, unit funds, carryover). */
const NON_GENERAL_INCOME = new Set([
  'govFundBudget',
  'stateCapitalBudget',
  'fiscalSpecialAccount',
  'business',
  'operating',
  'superiorSubsidy',
  'subordinateRemittance',
  'other',
  'priorYearCarryover',
  'fund.subtotal',
  'fund.currentYear',
  'fund.debt',
  'fund.superiorAdvance',
  'fund.priorYearBalance',
  'educationFees',
  'educationFeesCarryover',
  'businessFund',
  'departmentCarryover',
  'businessFundMakeup',
]);

/** True when 收支总表 shows that all money is general public budget: the two tables must then be equal. */
const onlyGeneralBudget = (context: RuleContext): boolean => {
  const summary = context.tables.table('budgetSummary');
  if (!summary) return false;
  return summary.table.rows.every(
    (row) =>
      row.side !== 'income' ||
      !NON_GENERAL_INCOME.has(row.line ?? '') ||
      orZero(amountOf(row.amounts['incomeAmount'])).isZero(),
  );
};

/**
 * 一般公共预算财政拨款支出表 is the general-budget part of 部门预算支出总表: every row of it is
 * printed in the 支出总表 and is not larger there; when the department has no other money, the
 * two are equal row by row.
 */
export const xtbExp001 = defineRule({
  id: 'XTB-EXP-001',
  severity: 'error',
  category: 'cross-table',
  title: '一般公共预算支出表与部门支出总表一致',
  checks:
    '一般公共预算财政拨款支出表的每个科目行、每一栏不大于部门预算支出总表同一科目同一栏；收支总表显示部门只有一般公共预算拨款收入（无基金、专户、单位资金、结转）时，两表逐行逐栏相等。',
  why: '一般公共预算支出是部门全部支出的一部分；只有财政拨款的部门两表应完全一致，否则必有一表填错。',
  check(_document: BudgetDocument, context, report) {
    const general = context.tables.table('generalBudgetExpenditure');
    const all = context.tables.table('expenditureSummary');
    if (!general || !all || general.table.rows.length === 0 || all.table.rows.length === 0) return;
    const mustEqual = onlyGeneralBudget(context);
    const columns = general.columns().filter((column) => all.hasColumn(column));
    for (const entry of general.entries) {
      const match = all.counterpart(entry.row);
      if (!match) {
        const hasAmount = Object.values(entry.row.amounts).some((text) => !Amount.parse(text).isZero());
        if (hasAmount) {
          // A unit's total row (`unitTotal`) has no code: the unit is missing, not a 科目.
          const what = entry.row.code !== undefined ? '科目' : '行';
          report({
            message: `${tableLabel(general)}列有「${rowLabel(entry)}」，${tableLabel(all)}中没有该${what}。`,
            location: { ...rowLocation(general, entry), path: entry.pointer },
            expected: `${tableLabel(all)}列示该${what}`,
            actual: '未列示',
          });
        }
        continue;
      }
      for (const column of columns) {
        const part = orZero(general.cell(entry, column));
        const whole = orZero(all.cell(match, column));
        if (context.sameAmount(part, whole)) continue;
        if (!mustEqual && part.minus(whole).compare(context.config.amountTolerance) <= 0) continue;
        report({
          message: mustEqual
            ? `${cellLabel(general, entry, column)}为${amountText(general.cell(entry, column))}，${tableLabel(all)}同一栏为${amountText(all.cell(match, column))}；部门只有一般公共预算拨款，两表应一致。`
            : `${cellLabel(general, entry, column)}为${amountText(general.cell(entry, column))}，大于${tableLabel(all)}同一栏${amountText(all.cell(match, column))}。`,
          location: { ...rowLocation(general, entry), column, path: general.cellPointer(entry, column) },
          expected: mustEqual ? whole.toString() : `≤${whole.toString()}`,
          actual: amountText(general.cell(entry, column)),
        });
      }
    }
    if (!mustEqual) return;
    for (const entry of all.entries) {
      const row = entry.row;
      if (row.code === undefined || general.byUnitAndCode.has(unitAndCodeKey(row))) continue;
      if (Object.values(row.amounts).every((text) => Amount.parse(text).isZero())) continue;
      report({
        message: `${tableLabel(all)}列有「${rowLabel(entry)}」，${tableLabel(general)}中没有该科目；部门只有一般公共预算拨款，两表应一致。`,
        location: { ...rowLocation(all, entry), path: entry.pointer },
        expected: `${tableLabel(general)}列示该科目`,
        actual: '未列示',
      });
    }
  },
});
