import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsTree001 } from './cls-tree-001.rule';

describe('CLS-TREE-001 科目列在其上级科目之下', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsTree001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 支出总表把2040220执法办案列到了208社会保障和就业支出之下。', () => {
    expect(findingsOf(clsTree001, RULE_EXAMPLES['CLS-TREE-001'].document())).toEqual([
      {
        ruleId: 'CLS-TREE-001',
        severity: 'error',
        message:
          '「部门预算支出总表」项级科目「2040220 执法办案」列在科目208之下，应列在其上级科目20402之下。',
        location: {
          table: 'expenditureSummary',
          code: '2040220',
          path: '/tables/2/rows/5',
        },
        expected: '20402',
        actual: '208',
      },
    ]);
  });
});
