import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig004 } from './nar-fig-004.rule';

describe('NAR-FIG-004 情况说明中收入、支出的分项之和等于总额', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig004, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 情况说明称基本支出700.00万元，包括人员经费610.00万元和公用经费100.00万元。', () => {
    expect(findingsOf(narFig004, RULE_EXAMPLES['NAR-FIG-004'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-004',
        severity: 'error',
        message:
          '情况说明「2、支出说明」称“基本支出700.00万元”，但所列基本支出分项“人员经费610.00万元”、“日常公用经费100.00万元”合计为710.00，两者不符。',
        location: {
          path: '/narrative/sections/3/figures/1/amount',
        },
        expected: '710.00',
        actual: '700.00',
      },
    ]);
  });
});
