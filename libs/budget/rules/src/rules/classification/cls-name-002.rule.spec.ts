import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsName002 } from './cls-name-002.rule';

describe('CLS-NAME-002 不使用已更名的旧科目名称', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsName002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 2022年支出总表科目20805印作2018年以前的名称“行政事业单位离退休”。', () => {
    expect(findingsOf(clsName002, RULE_EXAMPLES['CLS-NAME-002'].document())).toEqual([
      {
        ruleId: 'CLS-NAME-002',
        severity: 'error',
        message:
          '「部门预算支出总表」科目20805印作“行政事业单位离退休”，是已停用的旧科目名称；2022年政府收支分类科目为“行政事业单位养老支出”。',
        location: {
          table: 'expenditureSummary',
          code: '20805',
          path: '/tables/2/rows/6/name',
        },
        expected: '行政事业单位养老支出',
        actual: '行政事业单位离退休',
      },
    ]);
  });
});
