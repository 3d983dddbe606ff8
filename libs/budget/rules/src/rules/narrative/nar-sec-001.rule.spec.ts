import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narSec001 } from './nar-sec-001.rule';

describe('NAR-SEC-001 情况说明包含规定内容', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narSec001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 情况说明缺少财政拨款“三公”经费部分。', () => {
    expect(findingsOf(narSec001, RULE_EXAMPLES['NAR-SEC-001'].document())).toEqual([
      {
        ruleId: 'NAR-SEC-001',
        severity: 'error',
        message: '情况说明缺少“财政拨款“三公”经费预算情况”部分。',
        location: {
          path: '/narrative/sections',
        },
        expected: '财政拨款“三公”经费预算情况',
        actual: '缺失',
      },
    ]);
  });
});
