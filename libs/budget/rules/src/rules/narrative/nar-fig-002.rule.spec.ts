import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig002 } from './nar-fig-002.rule';

describe('NAR-FIG-002 比上年增减的分项之和等于增减总额', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 情况说明称增加50.00万元，其中基本支出增加33.00万元、项目支出增加20.00万元（邯郸2022年：1472.55＋1954.89≠3424.44）。', () => {
    expect(findingsOf(narFig002, RULE_EXAMPLES['NAR-FIG-002'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-002',
        severity: 'error',
        message:
          '情况说明「3、比上年增减情况」称“较2021年预算增加50.00万元”，但所列增减分项“基本支出增加33.00万元”、“项目支出增加20.00万元”合计为53.00，两者不符。',
        location: {
          path: '/narrative/sections/4/figures/0/amount',
        },
        expected: '53.00',
        actual: '50.00',
      },
    ]);
  });
});
