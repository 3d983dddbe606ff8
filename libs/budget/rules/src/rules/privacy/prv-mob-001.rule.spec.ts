import {
  validStandardBudget,
  validStandardBudgetWithClassifiedProject,
} from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prvMob001 } from './prv-mob-001.rule';

describe('PRV-MOB-001 公开内容不含手机号码', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prvMob001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目联系电话填写手机号码。', () => {
    expect(findingsOf(prvMob001, RULE_EXAMPLES['PRV-MOB-001'].document())).toEqual([
      {
        ruleId: 'PRV-MOB-001',
        severity: 'error',
        message: '公开内容中含有手机号码“139****5678”，公开前应删除或改为办公电话。',
        location: {
          path: '/performance/projects/0/details/phone',
        },
        expected: '不含手机号码',
        actual: '139****5678',
      },
    ]);
  });

  it('accepts landlines and project codes', () => {
    const document = validStandardBudget();
    document.performance!.projects[0].details = { phone: '6855160' };
    document.performance!.projects[0].code = '13052924P00584110432W';
    expect(findingsOf(prvMob001, document)).toEqual([]);
  });

  it('ignores a classified project, whose text is replaced by 涉密 on publication', () => {
    const document = validStandardBudgetWithClassifiedProject();
    document.performance!.projects[2].details = { phone: '13912345678' };
    expect(findingsOf(prvMob001, document)).toEqual([]);
  });
});
