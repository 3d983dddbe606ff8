import type { Finding } from '@budgetflow/budget-rules';
import {
  diffFindings,
  GOLDEN_SEEDS,
  goldenFile,
  readGolden,
  renderFindings,
  seedFile,
  validateFile,
} from './golden/golden-findings';
import { readFileSync } from 'node:fs';

// Each seed's findings were reviewed one by one against its source text (golden/README.md).
// A change to any finding (new, gone, moved, reworded) fails here with one line per finding;
// review it against the source, then regenerate the golden files (see golden/README.md).
describe.each(GOLDEN_SEEDS)('findings of seeds/%s.json', (seed) => {
  it('are exactly the reviewed golden findings', () => {
    expect(diffFindings(readGolden(seed), validateFile(seedFile(seed)))).toEqual([]);
  });

  it('are stored in the golden file byte for byte as the regenerator writes them', () => {
    expect(renderFindings(readGolden(seed)) === readFileSync(goldenFile(seed), 'utf8')).toBe(true);
  });
});

describe('diffFindings', () => {
  const finding = (overrides: Partial<Finding> = {}): Finding => ({
    ruleId: 'TBL-SUM-001',
    severity: 'error',
    message: '「部门预算支出总表」「合计」行「基本支出」栏为699.00，各类科目合计为700.00，两者不符。',
    location: {
      table: 'expenditureSummary',
      row: 'total',
      column: 'basic',
      path: '/tables/2/rows/0/amounts/basic',
    },
    expected: '700.00',
    actual: '699.00',
    ...overrides,
  });
  const other = finding({
    ruleId: 'PRF-CST-001',
    message: '第1个项目「光纤租赁费」的成本指标“资金成本”指标值为“≥90 百分比”，不是金额。',
    location: { path: '/performance/projects/0/indicators/0/groups/3/indicators/0/target' },
  });

  it('is empty when nothing changed', () => {
    expect(diffFindings([finding(), other], [finding(), other])).toEqual([]);
  });

  it('names a finding that appeared and one that disappeared by rule, path and message', () => {
    expect(diffFindings([finding()], [other])).toEqual([
      '1 reviewed findings, 1 now:',
      `- error TBL-SUM-001 /tables/2/rows/0/amounts/basic — ${finding().message}`,
      `+ error PRF-CST-001 /performance/projects/0/indicators/0/groups/3/indicators/0/target — ${other.message}`,
    ]);
  });

  it('lists only the changed fields of a finding that stayed at its place', () => {
    const changed = finding({ severity: 'warning', expected: '701.00' });
    expect(diffFindings([finding()], [changed])).toEqual([
      '1 reviewed findings, 1 now:',
      '~ TBL-SUM-001 /tables/2/rows/0/amounts/basic: expected: "700.00" → "701.00"; severity: "error" → "warning"',
    ]);
  });

  it('points at the first place where only the order differs', () => {
    expect(diffFindings([finding(), other], [other, finding()])).toEqual([
      '2 reviewed findings, 2 now:',
      `order changed at #0: reviewed error TBL-SUM-001 /tables/2/rows/0/amounts/basic — ${finding().message}, now error PRF-CST-001 /performance/projects/0/indicators/0/groups/3/indicators/0/target — ${other.message}`,
    ]);
  });
});
