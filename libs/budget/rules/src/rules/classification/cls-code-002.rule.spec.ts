import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsCode002 } from './cls-code-002.rule';

describe('CLS-CODE-002 款、项级科目编码存在', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsCode002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 支出总表科目2040220误录为2040288。', () => {
    expect(findingsOf(clsCode002, RULE_EXAMPLES['CLS-CODE-002'].document())).toEqual([
      {
        ruleId: 'CLS-CODE-002',
        severity: 'warning',
        message:
          '「部门预算支出总表」科目“2040288 执法办案”未见于2022年政府收支分类科目支出功能分类，请核实编码。',
        location: {
          table: 'expenditureSummary',
          code: '2040288',
          path: '/tables/2/rows/4/code',
        },
        expected: '2022年政府收支分类科目中的科目',
        actual: '2040288',
      },
    ]);
  });
});
