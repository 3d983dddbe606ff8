import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig005 } from './nar-fig-005.rule';

describe('NAR-FIG-005 情况说明前后同一数字一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig005, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: “支出说明”称支出预算1000.00万元，“比上年增减情况”称收支安排1001.00万元。', () => {
    expect(findingsOf(narFig005, RULE_EXAMPLES['NAR-FIG-005'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-005',
        severity: 'error',
        message:
          '情况说明「3、比上年增减情况」称“2022年预算收支安排1001.00万元”，与前文情况说明「2、支出说明」称“2022年支出预算1000.00万元”不一致。',
        location: {
          path: '/narrative/sections/4/figures/0/amount',
        },
        expected: '1000.00',
        actual: '1001.00',
      },
    ]);
  });
});
