import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsCode001 } from './cls-code-001.rule';

describe('CLS-CODE-001 科目类级编码存在', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsCode001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 支出总表科目2080505误录为2880505，类级编码288不存在。', () => {
    expect(findingsOf(clsCode001, RULE_EXAMPLES['CLS-CODE-001'].document())).toEqual([
      {
        ruleId: 'CLS-CODE-001',
        severity: 'error',
        message:
          '「部门预算支出总表」科目“2880505 机关事业单位基本养老保险缴费支出”的类级编码288在2022年政府收支分类科目支出功能分类中不存在。',
        location: {
          table: 'expenditureSummary',
          code: '2880505',
          path: '/tables/2/rows/7/code',
        },
        expected: '2022年政府收支分类科目中的类级科目',
        actual: '2880505',
      },
    ]);
  });
});
