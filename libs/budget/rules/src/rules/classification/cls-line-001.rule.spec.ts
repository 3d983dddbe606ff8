import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsLine001 } from './cls-line-001.rule';

describe('CLS-LINE-001 按经济分类列示的行不用旧科目名称', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsLine001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 河南样式收支总表印有“3、债务利息支出”（2018年起为“债务利息及费用支出”，济源2020年即如此）。', () => {
    expect(findingsOf(clsLine001, RULE_EXAMPLES['CLS-LINE-001'].document())).toEqual([
      {
        ruleId: 'CLS-LINE-001',
        severity: 'warning',
        message:
          '「2020年部门收支总体情况表」“3、债务利息支出”使用了经济分类307的旧名称；2020年政府收支分类科目为“债务利息及费用支出”。',
        location: {
          table: 'budgetSummary',
          row: 'project.special.debtInterest',
          path: '/tables/0/rows/11/name',
        },
        expected: '债务利息及费用支出',
        actual: '3、债务利息支出',
      },
    ]);
  });
});
