import { tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { catalogLabel } from './code-rows';

/** Henan 专项资金 item lines, each named after an economic 类 (3、债务利息支出 → 307). */
const ECONOMIC_ITEM_LINES: Readonly<Record<string, string>> = {
  'project.special.goodsServices': '302',
  'project.special.household': '303',
  'project.special.debtInterest': '307',
  'project.special.capitalConstruction': '309',
  'project.special.capital': '310',
  'project.special.enterpriseConstruction': '311',
  'project.special.enterprise': '312',
  'project.special.socialSecurityFund': '313',
  'project.special.other': '399',
};

export const clsLine001 = defineRule({
  id: 'CLS-LINE-001',
  severity: 'warning',
  category: 'classification',
  title: '按经济分类列示的行不用旧科目名称',
  checks:
    '河南样式收支总表中按经济分类列示的专项资金各行（如“3、债务利息支出”）不使用已更名的经济分类旧名称。',
  why: '2018年起经济分类“债务利息支出”已改为“债务利息及费用支出”；这些行是模板行而非科目编码行，故为警告。',
  check(_document, context, report) {
    const table = context.tables.table('budgetSummary');
    if (!table) return;
    table.table.rows.forEach((row, index) => {
      const code = ECONOMIC_ITEM_LINES[row.line ?? ''];
      if (!code) return;
      const printed = row.name.replace(/^\s*\d+\s*[、.．]\s*/, '');
      const check = context.catalog.economic.checkName(code, printed);
      if (check.result !== 'outdated') return;
      report({
        message: `${tableLabel(table)}“${row.name}”使用了经济分类${code}的旧名称；${catalogLabel(context)}为“${check.officialName}”。`,
        location: { table: table.kind, row: row.line ?? '', path: `${table.pointer}/rows/${index}/name` },
        expected: check.officialName,
        actual: row.name,
      });
    });
  },
});
