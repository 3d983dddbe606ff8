import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfCls001 } from './prf-cls-001.rule';

describe('PRF-CLS-001 涉密项目不公开实际内容', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfCls001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 涉密项目的绩效目标写出了实际内容。', () => {
    expect(findingsOf(prfCls001, RULE_EXAMPLES['PRF-CLS-001'].document())).toEqual([
      {
        ruleId: 'PRF-CLS-001',
        severity: 'error',
        message:
          '第3个项目「专项办案业务经费」为涉密项目，但绩效目标填写了实际内容“打击电信网络诈骗，破案数提高10%”，公开时将泄露。',
        location: {
          project: '专项办案业务经费',
          path: '/performance/projects/2/goals/0',
        },
        expected: '涉密',
        actual: '打击电信网络诈骗，破案数提高10%',
      },
    ]);
  });
});
