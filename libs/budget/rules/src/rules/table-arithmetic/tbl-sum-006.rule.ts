import { defineRule } from '../../framework/rule';
import { BALANCE_FORMULAS, checkLineFormulas } from './line-formulas';

export const tblSum006 = defineRule({
  id: 'TBL-SUM-006',
  severity: 'error',
  category: 'table-arithmetic',
  title: '“三公”经费表各项相加等于合计',
  checks:
    '财政拨款“三公”经费支出表中：合计＝“三公”经费小计＋会议费＋培训费；“三公”经费小计＝因公出国（境）费＋公务用车购置及运维费＋公务接待费；公务用车购置及运维费＝购置费＋运行维护费（河南样式：共计＝三项之和，公务用车费＝购置＋运行维护）。',
  why: '“三公”经费是社会关注度最高的公开数据，各项与合计不符会直接引发质疑。',
  check(_document, context, report) {
    const table = context.tables.table('threePublicExpenditure');
    const formulas = table ? BALANCE_FORMULAS.threePublicExpenditure?.[table.table.layout] : undefined;
    if (table && formulas) checkLineFormulas(context, table, formulas, report);
  },
});
