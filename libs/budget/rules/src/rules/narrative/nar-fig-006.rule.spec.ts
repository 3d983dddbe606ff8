import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig006 } from './nar-fig-006.rule';

describe('NAR-FIG-006 政府采购、国有资产数字与其附表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig006, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 情况说明称政府采购预算20.00万元，政府采购预算表为空表。', () => {
    expect(findingsOf(narFig006, RULE_EXAMPLES['NAR-FIG-006'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-006',
        severity: 'error',
        message:
          '情况说明「六、政府采购预算情况」称“安排政府采购预算20.00万元”，「部门政府采购预算」合计为0，两者不符。',
        location: {
          path: '/narrative/sections/8/figures/0/amount',
        },
        expected: '0',
        actual: '20.00',
      },
    ]);
  });
});
