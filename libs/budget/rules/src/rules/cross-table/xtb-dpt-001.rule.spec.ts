import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbDpt001 } from './xtb-dpt-001.rule';

describe('XTB-DPT-001 部门整体绩效目标表预算情况与报表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbDpt001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 河南部门绩效目标表“资金结构·项目支出”填90.0，支出总表项目支出为100.0。', () => {
    expect(findingsOf(xtbDpt001, RULE_EXAMPLES['XTB-DPT-001'].document())).toEqual([
      {
        ruleId: 'XTB-DPT-001',
        severity: 'error',
        message:
          '部门绩效目标表“项目支出”为90.0，「2020年部门支出总体情况表」合计行项目支出为100.0，两者不符。',
        location: {
          path: '/performance/department/targetTable/budget/project',
        },
        expected: '100.0',
        actual: '90.0',
      },
      {
        ruleId: 'XTB-DPT-001',
        severity: 'error',
        message: '部门绩效目标表“部门预算总额”为300.0，基本支出与项目支出合计为290.0，两者不符。',
        location: {
          path: '/performance/department/targetTable/budget/total',
        },
        expected: '290.0',
        actual: '300.0',
      },
    ]);
  });
});
