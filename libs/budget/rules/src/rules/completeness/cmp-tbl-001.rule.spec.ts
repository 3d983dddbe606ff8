import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { cmpTbl001 } from './cmp-tbl-001.rule';

describe('CMP-TBL-001 九张部门预算公开表齐全', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(cmpTbl001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 未公开国有资本经营预算财政拨款支出表（济源2020年即如此）。', () => {
    expect(findingsOf(cmpTbl001, RULE_EXAMPLES['CMP-TBL-001'].document())).toEqual([
      {
        ruleId: 'CMP-TBL-001',
        severity: 'error',
        message: '缺少第8号表「国有资本经营预算财政拨款支出表」；没有数据时也应空表列示并注明。',
        location: {
          table: 'stateCapitalExpenditure',
          path: '/tables',
        },
        expected: '国有资本经营预算财政拨款支出表',
        actual: '缺失',
      },
    ]);
  });
});
