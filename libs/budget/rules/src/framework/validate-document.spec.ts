import { rowOf } from '../testing/rule-test.helpers';
import { validStandardBudget } from '../testing/standard-budget.mother';
import { validateDocument } from '../validate-document';

const documentWithMistakes = () => {
  const document = validStandardBudget();
  rowOf(document, 'expenditureSummary', 'total').amounts['basic'] = '699.00';
  rowOf(document, 'fiscalAppropriationSummary', '204', 'expenditure').name = '四、公共安全';
  return document;
};

describe('validateDocument', () => {
  it('returns findings in document order, then by rule id', () => {
    const findings = validateDocument(documentWithMistakes());
    // One wrong cell shows up wherever it is added up or compared: 合计 row, row total, the
    // general-budget table that should equal it, and the narrative that states it.
    expect(findings.map((finding) => [finding.location.path, finding.ruleId])).toEqual([
      ['/tables/2/rows/0/amounts/basic', 'TBL-SUM-001'],
      ['/tables/2/rows/0/amounts/total', 'TBL-SUM-003'],
      ['/tables/3/rows/4/name', 'CLS-NAME-003'],
      ['/tables/4/rows/0/amounts/basic', 'XTB-EXP-001'],
      ['/narrative/sections/3/figures/1/amount', 'NAR-FIG-001'],
    ]);
  });

  it('gives the same list on every run', () => {
    expect(validateDocument(documentWithMistakes())).toEqual(validateDocument(documentWithMistakes()));
  });

  it('applies a deployment severity override', () => {
    const findings = validateDocument(documentWithMistakes(), { severities: { 'CLS-NAME-003': 'warning' } });
    expect(findings.find((finding) => finding.ruleId === 'CLS-NAME-003')?.severity).toBe('warning');
  });

  it('skips disabled rules', () => {
    const findings = validateDocument(documentWithMistakes(), {
      disabledRules: ['TBL-SUM-001', 'TBL-SUM-003', 'XTB-EXP-001', 'NAR-FIG-001'],
    });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['CLS-NAME-003']);
  });

  it('treats differences within the tolerance as equal', () => {
    const document = validStandardBudget();
    rowOf(document, 'expenditureSummary', 'total').amounts['basic'] = '700.01';
    expect(validateDocument(document, { amountTolerance: '0.01' })).toEqual([]);
  });

  it('rejects a tolerance that is not a non-negative decimal', () => {
    expect(() => validateDocument(validStandardBudget(), { amountTolerance: '-1' })).toThrow(RangeError);
  });
});
