import { missingStandardTables, TABLE_KIND_DEFINITIONS } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';

export const cmpTbl001 = defineRule({
  id: 'CMP-TBL-001',
  severity: 'error',
  category: 'completeness',
  title: '九张部门预算公开表齐全',
  checks:
    '文件包含九张部门预算公开表（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算财政拨款支出表、基本支出表、政府性基金预算支出表、国有资本经营预算支出表、“三公”经费支出表）；没有数据的表也应以空表列示。',
  why: '《地方预决算公开操作规程》规定部门预算公开的表格范围；缺表属于公开不完整，没有数据的表须空表列示并说明。',
  check(document, _context, report) {
    const missing = missingStandardTables(document);
    if (missing.length === 0) return;
    const titles = missing.map(
      (kind) => `第${TABLE_KIND_DEFINITIONS[kind].number ?? ''}号表「${TABLE_KIND_DEFINITIONS[kind].title}」`,
    );
    if (document.tables.length === 0) {
      report({
        message: `文件不含任何部门预算公开表（应有九张：${titles.join('、')}）。`,
        location: { path: '/tables' },
        expected: '九张部门预算公开表',
        actual: '无',
      });
      return;
    }
    missing.forEach((kind, i) => {
      report({
        message: `缺少${titles[i]}；没有数据时也应空表列示并注明。`,
        location: { table: kind, path: '/tables' },
        expected: TABLE_KIND_DEFINITIONS[kind].title,
        actual: '缺失',
      });
    });
  },
});
