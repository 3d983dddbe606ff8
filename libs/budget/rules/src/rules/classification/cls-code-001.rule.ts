import { levelOfCode } from '@budgetflow/budget-domain';
import { tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';
import { catalogLabel, codeRows, schemeLabel } from './code-rows';

/** A 类 the year's catalog does not have (or a 款/项 under such a 类) cannot be right. */
export const clsCode001 = defineRule({
  id: 'CLS-CODE-001',
  severity: 'error',
  category: 'classification',
  title: '科目类级编码存在',
  checks: '每个科目行的类级编码（前三位）在该预算年度的政府收支分类科目中存在。',
  why: '类级科目全国统一且已完整收录，不存在的类说明编码写错或套用了其他年度的科目。',
  check(_document, context, report) {
    for (const { table, entry, code, scheme, list } of codeRows(context)) {
      const classCode = code.slice(0, 3);
      if (list.has(classCode)) continue;
      report({
        message: `${tableLabel(table)}科目“${code} ${entry.row.name}”的类级编码${classCode}在${catalogLabel(context)}${schemeLabel(scheme)}中不存在。`,
        location: { ...rowLocation(table, entry), path: `${entry.pointer}/code` },
        expected: `${catalogLabel(context)}中的${levelOfCode(classCode) ?? '类'}级科目`,
        actual: code,
      });
    }
  },
});
