import { Amount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { checkCellTotal } from '../../framework/sum-check';

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
        group.children.forEach((children, parentCode) => {
          const parent = group.byCode.get(parentCode);
          if (!parent) return;
          for (let c = 0; c < columns.length; c++) {
            const column = columns[c];
            let sum = Amount.ZERO;
            for (let i = 0; i < children.length; i++) {
              const amount = table.cell(children[i], column);
              if (amount) sum = sum.plus(amount);
            }
            checkCellTotal(context, table, parent, column, sum, '其下级科目', report);
          }
        });
      }
    }
  },
});
