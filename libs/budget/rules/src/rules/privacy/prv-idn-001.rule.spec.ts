import { validStandardBudget } from '../../testing/standard-budget.mother';
import { isValidIdNumber } from './prv-idn-001.rule';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prvIdn001 } from './prv-idn-001.rule';

describe('PRV-IDN-001 公开内容不含身份证号码', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prvIdn001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目用途中写出了经办人身份证号码。', () => {
    expect(findingsOf(prvIdn001, RULE_EXAMPLES['PRV-IDN-001'].document())).toEqual([
      {
        ruleId: 'PRV-IDN-001',
        severity: 'error',
        message: '公开内容中含有身份证号码“110105********002X”，公开前必须删除。',
        location: {
          path: '/performance/projects/0/purpose',
        },
        expected: '不含身份证号码',
        actual: '110105********002X',
      },
    ]);
  });

  it('ignores 18-digit numbers whose check digit is wrong (project codes, serial numbers)', () => {
    const document = validStandardBudget();
    document.performance!.projects[0].purpose = '合同编号110105194912310021。';
    expect(findingsOf(prvIdn001, document)).toEqual([]);
  });

  it('computes the GB 11643 check digit', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('440304199003073016')).toBe(true);
    expect(isValidIdNumber('440304199003073017')).toBe(false);
  });
});
