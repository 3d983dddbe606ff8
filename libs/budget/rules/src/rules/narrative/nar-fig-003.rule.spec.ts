import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig003 } from './nar-fig-003.rule';

describe('NAR-FIG-003 情况说明中“三公”经费各项之和等于总额', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 情况说明称“三公”经费50.00万元，所列三项合计40.00万元（邯郸2022年：906.49对734.51）。', () => {
    expect(findingsOf(narFig003, RULE_EXAMPLES['NAR-FIG-003'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-003',
        severity: 'error',
        message:
          '情况说明「四、财政拨款“三公”经费预算情况及增减变化原因」称““三公”经费预算安排50.00万元”，但所列“三公”经费分项“因公出国（境）费0万元”、“公务用车购置及运维费30.00万元”、“公务接待费10.00万元”合计为40.00，两者不符。',
        location: {
          path: '/narrative/sections/6/figures/0/amount',
        },
        expected: '40.00',
        actual: '50.00',
      },
    ]);
  });

  const withOnlyReception = (amount: string) => {
    const document = validStandardBudget();
    const section = document.narrative!.sections.find((candidate) => candidate.kind === 'threePublic')!;
    section.figures = section.figures.filter((f) =>
      ['threePublic.total', 'threePublic.reception'].includes(f.key),
    );
    section.figures.find((f) => f.key === 'threePublic.reception')!.amount = amount;
    return document;
  };

  it('accepts parts left unsaid when the stated ones fit in the total', () => {
    expect(findingsOf(narFig003, withOnlyReception('10.00'))).toEqual([]);
  });

  it('reports stated parts that exceed the total even when some are unsaid', () => {
    expect(findingsOf(narFig003, withOnlyReception('45.00'))).toMatchObject([
      { expected: '≥45.00', actual: '40.00' },
    ]);
  });
});
