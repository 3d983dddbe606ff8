import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { validateDocument } from '../../validate-document';
import { tblNeg001 } from './tbl-neg-001.rule';

describe('TBL-NEG-001 预算表金额不得为负数', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(tblNeg001, build())).toEqual([]);
  });

  it('reports a negative cell at its place even when every total still adds up', () => {
    const document = RULE_EXAMPLES['TBL-NEG-001'].document();
    const findings = findingsOf(tblNeg001, document);
    expect(findings.map((f) => [f.ruleId, f.severity, f.location.column, f.actual, f.expected])).toEqual([
      ['TBL-NEG-001', 'error', 'personnel', '-1.00', '≥0'],
      ['TBL-NEG-001', 'error', 'total', '-1.00', '≥0'],
    ]);
    expect(findings[0]?.location.path).toBe('/tables/5/rows/4/amounts/personnel');
    // The arithmetic rules see nothing wrong: this rule is the only one that catches it.
    const others = validateDocument(document).filter(
      (f) => f.severity === 'error' && f.ruleId !== 'TBL-NEG-001',
    );
    expect(others).toEqual([]);
  });
});
