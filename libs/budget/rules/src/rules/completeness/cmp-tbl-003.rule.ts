import { defineRule } from '../../framework/rule';
import { tableLabel } from '../../framework/labels';
import { expectedContent } from './expected-content';

export const cmpTbl003 = defineRule({
  id: 'CMP-TBL-003',
  severity: 'error',
  category: 'completeness',
  title: '有数据的表不得空表列示',
  checks:
    '一张表未列任何数据行，而其他表列明了它应当分解的金额：收入总表对收支总表收入合计，支出总表和支出经济分类汇总表对支出合计，一般公共预算支出表对财政拨款收支总表一般公共预算支出，基本支出表对一般公共预算基本支出，政府性基金、国有资本经营预算支出表对相应拨款收入。',
  why: '收支总表列有收入或支出时，分解这些金额的表必须列出数据；这样的表为空不是“没有数据”而是漏报，加注“空表列示”也不能补救。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      if (table.table.rows.length > 0) continue;
      const expected = expectedContent(context, table.kind);
      if (!expected) continue;
      report({
        message: `${tableLabel(table)}未列数据，但${expected.where}为${expected.amount.toString()}万元，该表应列出其构成。`,
        location: { table: table.kind, path: `${table.pointer}/rows` },
        expected: `列出${expected.amount.toString()}万元的构成`,
        actual: '空表',
      });
    }
  },
});
