import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfFnd001 } from './prf-fnd-001.rule';

describe('PRF-FND-001 资金来源之和等于项目金额', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfFnd001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目金额280.00万元，财政资金来源填270.00万元。', () => {
    expect(findingsOf(prfFnd001, RULE_EXAMPLES['PRF-FND-001'].document())).toEqual([
      {
        ruleId: 'PRF-FND-001',
        severity: 'error',
        message: '第1个项目「执法办案业务经费」各资金来源合计270.00万元，与项目金额280.00万元不符。',
        location: {
          project: '执法办案业务经费',
          path: '/performance/projects/0/fundSources',
        },
        expected: '280.00',
        actual: '270.00',
      },
    ]);
  });
});
