import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfTbl001 } from './prf-tbl-001.rule';

describe('PRF-TBL-001 有项目支出的预算编报项目绩效目标', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfTbl001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 安排了项目支出，但没有任何项目绩效目标表。', () => {
    expect(findingsOf(prfTbl001, RULE_EXAMPLES['PRF-TBL-001'].document())).toEqual([
      {
        ruleId: 'PRF-TBL-001',
        severity: 'error',
        message: '部门预算安排项目支出300.00万元，但未编报任何项目绩效目标表。',
        location: {
          path: '/performance/projects',
        },
        expected: '项目绩效目标表',
        actual: '缺失',
      },
    ]);
  });
});
