import type { NarrativeSectionKind } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';

/** What 《地方预决算公开操作规程》 requires the 情况说明 of a department budget to explain. */
const REQUIRED_SECTIONS: ReadonlyArray<readonly [NarrativeSectionKind, string]> = [
  ['income', '收入预算说明'],
  ['expenditure', '支出预算说明'],
  ['operatingCosts', '机关运行经费安排情况'],
  ['threePublic', '财政拨款“三公”经费预算情况'],
  ['performance', '预算绩效信息'],
  ['procurement', '政府采购预算情况'],
  ['assets', '国有资产占用情况'],
];

export const narSec001 = defineRule({
  id: 'NAR-SEC-001',
  severity: 'error',
  category: 'narrative',
  title: '情况说明包含规定内容',
  checks:
    '含预算报表的部门预算应附情况说明，且说明收入、支出、机关运行经费、财政拨款“三公”经费、预算绩效、政府采购和国有资产占用情况。只公开绩效目标的文件不检查。',
  why: '《地方预决算公开操作规程》规定部门预算公开须对上述事项作出说明，缺项属于公开不完整。',
  check(document, _context, report) {
    if (document.tables.length === 0) return;
    const narrative = document.narrative;
    if (!narrative) {
      report({
        message:
          '部门预算未附情况说明（收支、机关运行经费、“三公”经费、绩效、政府采购、国有资产等说明均缺）。',
        location: { path: '/narrative' },
        expected: '情况说明',
        actual: '缺失',
      });
      return;
    }
    const present = new Set(narrative.sections.map((section) => section.kind));
    for (const [kind, label] of REQUIRED_SECTIONS) {
      if (present.has(kind)) continue;
      report({
        message: `情况说明缺少“${label}”部分。`,
        location: { path: '/narrative/sections' },
        expected: label,
        actual: '缺失',
      });
    }
  },
});
