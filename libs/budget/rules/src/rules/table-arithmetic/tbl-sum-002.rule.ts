import { defineRule } from '../../framework/rule';
import { checkCellSum } from '../../framework/sum-check';

/** 类 = Σ 款, 款 = Σ 项 (functional); 类 = Σ 款 (economic), where the children are printed. */
export const tblSum002 = defineRule({
  id: 'TBL-SUM-002',
  severity: 'error',
  category: 'table-arithmetic',
  title: '上级科目等于下级科目之和',
  checks:
    '每个列出了下级科目的科目行，其每一栏等于直接下级科目行之和：功能分类类＝各款之和、款＝各项之和；经济分类类＝各款之和。',
  why: '科目逐级汇总是政府收支分类的基本要求；上下级不符时无法判断哪一级数字正确。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      const columns = table.columns(table.table.rows.some((row) => row.side) ? 'expenditure' : undefined);
      for (const group of table.groups) {
        for (const [parentCode, children] of group.children) {
          const parent = group.byCode.get(parentCode);
          if (!parent) continue;
          for (const column of columns) {
            const parts = children.map((child) => table.cell(child, column));
            checkCellSum(context, table, parent, column, parts, '其下级科目', report);
          }
        }
      }
    }
  },
});
