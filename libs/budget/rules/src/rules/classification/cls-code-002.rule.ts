import { tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';
import { catalogLabel, codeRows, schemeLabel } from './code-rows';

/** 款/项 codes the catalog held here does not list: possibly wrong, possibly not yet collected. */
export const clsCode002 = defineRule({
  id: 'CLS-CODE-002',
  severity: 'warning',
  category: 'classification',
  title: '款、项级科目编码存在',
  checks:
    '每个款级、项级科目编码在本系统收录的该年度政府收支分类科目中存在（类级编码由 CLS-CODE-001 检查）。',
  why: '编码不存在多为录入错误或沿用已撤销的科目；本系统收录的款、项目录尚不完整（以公安等部门常用科目为主），故为警告，请对照当年科目核实。',
  check(_document, context, report) {
    for (const { table, entry, code, scheme, list } of codeRows(context)) {
      if (code.length === 3 || !list.has(code.slice(0, 3)) || list.has(code)) continue;
      report({
        message: `${tableLabel(table)}科目“${code} ${entry.row.name}”未见于${catalogLabel(context)}${schemeLabel(scheme)}，请核实编码。`,
        location: { ...rowLocation(table, entry), path: `${entry.pointer}/code` },
        expected: `${catalogLabel(context)}中的科目`,
        actual: code,
      });
    }
  },
});
