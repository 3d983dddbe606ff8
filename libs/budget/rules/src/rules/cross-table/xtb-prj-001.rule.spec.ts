import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbPrj001 } from './xtb-prj-001.rule';

describe('XTB-PRJ-001 项目绩效目标表金额合计等于项目支出', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbPrj001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 两个项目绩效目标表金额合计270.00，支出总表项目支出为300.00。', () => {
    expect(findingsOf(xtbPrj001, RULE_EXAMPLES['XTB-PRJ-001'].document())).toEqual([
      {
        ruleId: 'XTB-PRJ-001',
        severity: 'warning',
        message:
          '2个项目绩效目标表的本年度金额合计为270.00，「部门预算支出总表」「合计」行「项目支出」栏为300.00，两者不符。',
        location: {
          table: 'expenditureSummary',
          row: 'total',
          column: 'project',
          path: '/performance/projects',
        },
        expected: '300.00',
        actual: '270.00',
      },
    ]);
  });
});
