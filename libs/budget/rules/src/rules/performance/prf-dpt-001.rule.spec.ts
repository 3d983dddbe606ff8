import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfDpt001 } from './prf-dpt-001.rule';

describe('PRF-DPT-001 公开部门整体绩效目标', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfDpt001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 未公开部门整体绩效目标。', () => {
    expect(findingsOf(prfDpt001, RULE_EXAMPLES['PRF-DPT-001'].document())).toEqual([
      {
        ruleId: 'PRF-DPT-001',
        severity: 'warning',
        message: '未公开部门整体绩效目标。',
        location: {
          path: '/performance/department',
        },
        expected: '部门整体绩效目标',
        actual: '缺失',
      },
    ]);
  });
});
