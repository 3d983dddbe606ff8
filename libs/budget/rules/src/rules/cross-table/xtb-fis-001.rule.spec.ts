import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbFis001 } from './xtb-fis-001.rule';

describe('XTB-FIS-001 财政拨款收支总表与分资金来源支出表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbFis001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 财政拨款收支总表“八、社会保障和就业支出”一般公共预算栏填110.00，一般公共预算支出表208类为120.00。', () => {
    expect(findingsOf(xtbFis001, RULE_EXAMPLES['XTB-FIS-001'].document())).toEqual([
      {
        ruleId: 'XTB-FIS-001',
        severity: 'error',
        message:
          '「部门预算财政拨款收支总表」「208 八、社会保障和就业支出」行「支出·一般公共预算财政拨款」栏为110.00，「部门预算一般公共预算财政拨款支出表」208类合计为120.00，两表不一致。',
        location: {
          table: 'fiscalAppropriationSummary',
          code: '208',
          column: 'generalPublicBudget',
          path: '/tables/3/rows/5/amounts/generalPublicBudget',
        },
        expected: '120.00',
        actual: '110.00',
      },
    ]);
  });
});
