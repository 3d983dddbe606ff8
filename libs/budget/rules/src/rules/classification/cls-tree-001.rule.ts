import { levelOfCode, parentCodeOf } from '@budgetflow/budget-domain';
import { rowLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';

/**
 * In a table that prints the hierarchy (it has 类 rows), each 款/项 sits right under its own
 * parent: the parent is printed, and no other parent of that level comes between them.
 */
export const clsTree001 = defineRule({
  id: 'CLS-TREE-001',
  severity: 'error',
  category: 'classification',
  title: '科目列在其上级科目之下',
  checks:
    '逐级列示科目的表中，每个款级、项级科目的上级科目已列出，且该科目紧随其上级科目所在的一组行列示，不列在其他上级科目之下。只列项级科目的表（河南样式）不检查。',
  why: '科目行的位置决定它被汇总进哪个上级科目；放错位置或缺少上级行会使逐级汇总失真。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      for (const group of table.groups) {
        const printsHierarchy = group.rows.some((entry) => entry.row.code?.length === 3);
        if (!printsHierarchy) continue;
        const lastAtLength = new Map<number, string>();
        for (const entry of group.rows) {
          const code = entry.row.code ?? '';
          const parent = parentCodeOf(code);
          // Where the row actually sits: under the nearest shorter code printed above it.
          const placedUnder = lastAtLength.get(code.length - 2) ?? lastAtLength.get(code.length - 4);
          lastAtLength.set(code.length, code);
          lastAtLength.delete(code.length + 2);
          lastAtLength.delete(code.length + 4);
          if (!parent) continue;
          const level = levelOfCode(code);
          if (!group.byCode.has(parent)) {
            report({
              message: `${tableLabel(table)}列有${level}级科目「${rowLabel(entry)}」，但未列其上级科目${parent}。`,
              location: { ...rowLocation(table, entry), path: entry.pointer },
              expected: `先列上级科目${parent}`,
              actual: '未列示',
            });
          } else if (placedUnder !== parent) {
            report({
              message: `${tableLabel(table)}${level}级科目「${rowLabel(entry)}」列在科目${placedUnder ?? '（表首）'}之下，应列在其上级科目${parent}之下。`,
              location: { ...rowLocation(table, entry), path: entry.pointer },
              expected: parent,
              actual: placedUnder ?? '表首',
            });
          }
        }
      }
    }
  },
});
