import { validHenanBudget } from '../../testing/henan-budget.mother';
import { findingsOf, rowOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbPrj001 } from './xtb-prj-001.rule';

describe('XTB-PRJ-001 项目绩效目标表金额合计等于项目支出', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbPrj001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 两个项目绩效目标表金额合计270.00，支出总表项目支出为300.00。', () => {
    expect(findingsOf(xtbPrj001, RULE_EXAMPLES['XTB-PRJ-001'].document())).toEqual([
      {
        ruleId: 'XTB-PRJ-001',
        severity: 'warning',
        message:
          '2个项目绩效目标表的本年度金额合计为270.00，「部门预算支出总表」「合计」行「项目支出」栏为300.00，两者不符。',
        location: {
          table: 'expenditureSummary',
          row: 'total',
          column: 'project',
          path: '/performance/projects',
        },
        expected: '300.00',
        actual: '270.00',
      },
    ]);
  });

  describe('when 收支总表 separates 部门结转 from this year’s money (河南样式)', () => {
    const withCarryover = () => {
      const document = validHenanBudget();
      const project = rowOf(document, 'budgetSummary', 'project', 'expenditure');
      project.amounts = { ...project.amounts, total: '110.0', departmentCarryover: '10.0' };
      return document;
    };

    it('compares the sheets with this year’s project money, not the carryover', () => {
      expect(findingsOf(xtbPrj001, withCarryover())).toEqual([]);
    });

    it('reports a gap in this year’s money and says how much carryover the total holds (济源2020年)', () => {
      const document = withCarryover();
      document.performance!.projects[1].amount = '20.0';
      expect(findingsOf(xtbPrj001, document)).toEqual([
        {
          ruleId: 'XTB-PRJ-001',
          severity: 'warning',
          message:
            '2个项目绩效目标表的本年度金额合计为80.0，「2020年部门收支总体情况表」「二、项目支出」行「支出·本年支出小计·小计」栏为100.0（项目支出110.0，其中部门结转10.0不属本年安排），相差20.0。',
          location: {
            table: 'budgetSummary',
            row: 'project',
            column: 'currentYear',
            path: '/performance/projects',
          },
          expected: '100.0',
          actual: '80.0',
        },
      ]);
    });
  });
});
