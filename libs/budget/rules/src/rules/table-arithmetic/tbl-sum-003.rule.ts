import { Amount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { checkCellTotal } from '../../framework/sum-check';
import { COLUMN_FORMULAS } from './column-formulas';

/** Within a row: 合计 = 基本 + 项目 + …, 人员经费 + 公用经费, 小计 + 上年结转, by kind and layout. */
export const tblSum003 = defineRule({
  id: 'TBL-SUM-003',
  severity: 'error',
  category: 'table-arithmetic',
  title: '每行合计等于各组成栏之和',
  checks:
    '每一行中，合计栏等于其组成栏之和：支出表 合计＝基本支出＋项目支出（＋经营支出等）；基本支出表 合计＝人员经费＋公用经费；收入总表 合计＝本年收入小计＋上年结转、小计＝各项收入；财政拨款收支总表 合计＝一般公共预算＋政府性基金＋国有资本经营；河南样式 基本支出小计＝工资福利＋公用经费＋对个人和家庭的补助、项目支出小计＝一般性项目＋专项资金、合计＝部门结转＋本年支出小计。',
  why: '横向不平说明某一栏填错或漏填，各栏又分别与其他表勾稽，错误会传导到整套报表。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      const formulas = COLUMN_FORMULAS[table.kind][table.table.layout];
      if (formulas.length === 0) continue;
      const described = formulas.map((formula) => ({
        formula,
        columns: [formula.result, ...formula.parts],
        description: `${formula.parts.map((column) => `「${table.columnLabel(column)}」`).join('、')}各栏`,
      }));
      // Index loops: this runs for every cell of every table, and iterators would be garbage.
      const entries = table.entries;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e];
        const amounts = entry.row.amounts;
        for (let f = 0; f < described.length; f++) {
          const { formula, columns, description } = described[f];
          let printed = false;
          for (let c = 0; c < columns.length && !printed; c++) printed = amounts[columns[c]] !== undefined;
          if (!printed) continue;
          let sum = Amount.ZERO;
          for (let p = 0; p < formula.parts.length; p++) {
            const amount = table.cell(entry, formula.parts[p]);
            if (amount) sum = sum.plus(amount);
          }
          checkCellTotal(context, table, entry, formula.result, sum, description, report);
        }
      }
    }
  },
});
