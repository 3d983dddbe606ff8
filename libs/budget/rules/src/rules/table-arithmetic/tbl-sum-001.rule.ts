import { TABLE_KIND_DEFINITIONS } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { checkCellSum } from '../../framework/sum-check';

/** 合计 (and Henan's per-unit row) = Σ of the top-level code rows, in every amount column. */
export const tblSum001 = defineRule({
  id: 'TBL-SUM-001',
  severity: 'error',
  category: 'table-arithmetic',
  title: '合计行等于各科目之和',
  checks:
    '按科目编码列示的表（收入总表、支出总表、一般公共预算支出表、基本支出表、政府性基金和国有资本经营预算支出表）中，合计行每一栏等于最上一级科目行之和；河南样式中单位行等于该单位各科目之和，合计行等于各单位行之和。',
  why: '合计数是公开后最常被引用的数字；合计与明细不符说明报表编制或导出有误，财政部门不能据此批复。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      const keying = TABLE_KIND_DEFINITIONS[table.kind].rowKeying;
      if (keying !== 'functional' && keying !== 'economic') continue;
      const total = table.line('total');
      const columns = table.columns();
      const unitRows = table.groups.flatMap((group) => (group.unitRow ? [group.unitRow] : []));
      for (const group of table.groups) {
        if (!group.unitRow) continue;
        for (const column of columns) {
          const parts = group.roots.map((root) => table.cell(root, column));
          checkCellSum(context, table, group.unitRow, column, parts, '该单位各科目', report);
        }
      }
      if (!total) continue;
      for (const column of columns) {
        const parts =
          unitRows.length > 0
            ? unitRows.map((unit) => table.cell(unit, column))
            : table.groups.flatMap((group) => group.roots.map((root) => table.cell(root, column)));
        checkCellSum(
          context,
          table,
          total,
          column,
          parts,
          unitRows.length > 0 ? '各单位' : '各类科目',
          report,
        );
      }
    }
  },
});
