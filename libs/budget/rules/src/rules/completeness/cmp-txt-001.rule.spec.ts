import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { cmpTxt001 } from './cmp-txt-001.rule';

describe('CMP-TXT-001 无模板占位文字', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(cmpTxt001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目用途写作“用于XX项目。”。', () => {
    expect(findingsOf(cmpTxt001, RULE_EXAMPLES['CMP-TXT-001'].document())).toEqual([
      {
        ruleId: 'CMP-TXT-001',
        severity: 'error',
        message: '文字中有未替换的占位内容“XX”：“用于XX项目。”。',
        location: {
          path: '/performance/projects/0/purpose',
        },
        expected: '实际内容',
        actual: '用于XX项目。',
      },
    ]);
  });

  it.each(['采购XXL号警服', '2022年12月底前'])('accepts %p', (purpose) => {
    const document = validStandardBudget();
    document.performance!.projects[0].purpose = purpose;
    expect(findingsOf(cmpTxt001, document)).toEqual([]);
  });

  it.each(['××单位', '待填写', 'TODO 补充依据', '？？？'])('reports %p', (purpose) => {
    const document = validStandardBudget();
    document.performance!.projects[0].purpose = purpose;
    expect(findingsOf(cmpTxt001, document)).toHaveLength(1);
  });
});
