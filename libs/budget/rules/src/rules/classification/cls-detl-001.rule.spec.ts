import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsDetl001 } from './cls-detl-001.rule';

describe('CLS-DETL-001 科目细化到规定级次', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsDetl001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 支出总表22102住房改革支出下没有列出项级科目。', () => {
    expect(findingsOf(clsDetl001, RULE_EXAMPLES['CLS-DETL-001'].document())).toEqual([
      {
        ruleId: 'CLS-DETL-001',
        severity: 'error',
        message: '「部门预算支出总表」「22102 住房改革支出」未细化到项级科目。',
        location: {
          table: 'expenditureSummary',
          code: '22102',
          path: '/tables/2/rows/9',
        },
        expected: '7位项级科目',
        actual: '22102',
      },
    ]);
  });
});
