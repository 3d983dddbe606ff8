import { TABLE_KIND_DEFINITIONS } from '@budgetflow/budget-domain';
import { rowLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';

/** The expenditure detail tables are compiled to 项 (functional) and 款 (economic). */
export const clsDetl001 = defineRule({
  id: 'CLS-DETL-001',
  severity: 'error',
  category: 'classification',
  title: '科目细化到规定级次',
  checks:
    '按功能分类列示的收入总表、支出总表、一般公共预算支出表、政府性基金和国有资本经营预算支出表，每个末级科目细化到项（7位）；基本支出表等经济分类表每个末级科目细化到款（5位）。收支总表只列类，不检查。',
  why: '《预算法》第四十六条要求一般公共预算支出按功能分类编列到项、基本支出按经济分类编列到款。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      const keying = TABLE_KIND_DEFINITIONS[table.kind].rowKeying;
      if (keying !== 'functional' && keying !== 'economic') continue;
      const required = keying === 'functional' ? 7 : 5;
      const levelName = keying === 'functional' ? '项' : '款';
      for (const group of table.groups) {
        for (const entry of group.rows) {
          const code = entry.row.code ?? '';
          if (code.length >= required || group.children.has(code)) continue;
          report({
            message: `${tableLabel(table)}「${rowLabel(entry)}」未细化到${levelName}级科目。`,
            location: { ...rowLocation(table, entry), path: entry.pointer },
            expected: `${required}位${levelName}级科目`,
            actual: code,
          });
        }
      }
    }
  },
});
