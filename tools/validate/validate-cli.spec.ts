import { rowOf } from '../../libs/budget/rules/src/testing/rule-test.helpers';
import { validStandardBudget } from '../../libs/budget/rules/src/testing/standard-budget.mother';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, runValidateCli } from './validate-cli';

const files = (contents: Record<string, string>) => (path: string) => {
  const text = contents[path];
  if (text === undefined) throw new Error('ENOENT: no such file');
  return text;
};

const withMistake = () => {
  const document = validStandardBudget();
  rowOf(document, 'generalBudgetBasicExpenditure', '30101').amounts['total'] = '401.00';
  return JSON.stringify(document);
};

describe('validate CLI', () => {
  it('prints a report grouped by table with counts, and exits 1 on an error-level finding', () => {
    const output = runValidateCli(['budget.json'], files({ 'budget.json': withMistake() }));
    expect(output.code).toBe(EXIT_FINDINGS);
    expect(output.stdout).toContain('■ 表6 一般公共预算财政拨款基本支出表 (generalBudgetBasicExpenditure)');
    expect(output.stdout).toContain('[TBL-SUM-003]');
    expect(output.stdout).toContain(
      '位置 at /tables/5/rows/2/amounts/total · 应为 expected 400.00 · 实为 actual 401.00',
    );
    expect(output.stdout).toMatch(/合计 Total: 错误 error 2, 警告 warning 0, 提示 info 0$/);
  });

  it('prints the findings array with --json', () => {
    const output = runValidateCli(['budget.json', '--json'], files({ 'budget.json': withMistake() }));
    const findings = JSON.parse(output.stdout) as Array<{ ruleId: string; location: { path: string } }>;
    // The wrong cell breaks its row (人员+公用) and its parent 301 (Σ 款): both are reported, in table order.
    expect(findings.map((finding) => [finding.ruleId, finding.location.path])).toEqual([
      ['TBL-SUM-002', '/tables/5/rows/1/amounts/total'],
      ['TBL-SUM-003', '/tables/5/rows/2/amounts/total'],
    ]);
  });

  it('exits 0 on a document without errors', () => {
    const output = runValidateCli(
      ['budget.json'],
      files({ 'budget.json': JSON.stringify(validStandardBudget()) }),
    );
    expect(output.code).toBe(EXIT_OK);
    expect(output.stdout).toContain('未发现问题 No findings.');
  });

  it('exits 2 with a clear message on malformed JSON', () => {
    const output = runValidateCli(['budget.json'], files({ 'budget.json': '{ "unit": ' }));
    expect(output.code).toBe(EXIT_UNREADABLE);
    expect(output.stderr).toContain('不是有效的 JSON Not valid JSON: budget.json');
  });

  it('exits 2 listing the paths of a document that does not parse', () => {
    const document = validStandardBudget() as unknown as { fiscalYear: unknown };
    document.fiscalYear = '2022';
    const output = runValidateCli(['budget.json'], files({ 'budget.json': JSON.stringify(document) }));
    expect(output.code).toBe(EXIT_UNREADABLE);
    expect(output.stderr).toContain('不是有效的预算文件 Not a valid budget document: budget.json');
    expect(output.stderr).toContain('  /fiscalYear: ');
  });

  it('exits 2 on a missing file or wrong arguments', () => {
    expect(runValidateCli(['missing.json'], files({})).code).toBe(EXIT_UNREADABLE);
    expect(runValidateCli([], files({})).stderr).toContain('Usage');
    expect(runValidateCli(['a.json', '--yaml'], files({})).code).toBe(EXIT_UNREADABLE);
  });
});
