import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countBySeverity } from '@budgetflow/budget-rules';
import { REPOSITORY_ROOT } from '../repository-root';
import { GOLDEN_SEEDS, readGolden } from './golden/golden-findings';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './validate-cli';

// The CLI as users run it: `npm run -s validate -- <file> [--json]` in a child process, through
// scripts/run-built.sh and the compiled dist/ (built here first when it is missing or stale).
// Each test checks the exit status together with stderr, so a failed build or a crash shows why.
const validate = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '-s', 'validate', '--', ...args], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

const CORRECTED = 'seeds/examples/handan-psb-2022-corrected.json';
let scratch: string;

// Each test starts one `npm run` (about a second); leave room for a loaded machine.
jest.setTimeout(60_000);

beforeAll(() => {
  // The first run may build dist/; every later one starts from the compiled tool.
  const usage = validate();
  expect(usage.stderr).toContain('Usage: npm run -s validate -- <document.json> [--json]');
  expect(usage.status).toBe(EXIT_UNREADABLE);
  scratch = mkdtempSync(path.join(tmpdir(), 'validate-cli-'));
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(GOLDEN_SEEDS)('npm run -s validate -- seeds/%s.json', (seed) => {
  const golden = readGolden(seed);

  it('prints the findings grouped by table with their counts, and exits 1 on errors', () => {
    const { status, stdout, stderr } = validate(`seeds/${seed}.json`);
    expect({ status, stderr }).toMatchObject({ status: EXIT_FINDINGS });
    const counts = countBySeverity(golden);
    expect(stdout.startsWith(`校验 Validating seeds/${seed}.json\n`)).toBe(true);
    expect(stdout).toContain('■ ');
    expect(stdout.trimEnd().split('\n').pop()).toBe(
      `合计 Total: 错误 error ${counts.error}, 警告 warning ${counts.warning}, 提示 info ${counts.info}`,
    );
  });

  it('prints exactly the reviewed findings array as JSON on stdout with --json, and exits 1', () => {
    const { status, stdout, stderr } = validate(`seeds/${seed}.json`, '--json');
    expect({ status, stderr }).toMatchObject({ status: EXIT_FINDINGS });
    expect(JSON.parse(stdout)).toEqual(golden);
  });
});

describe(`npm run -s validate -- ${CORRECTED}`, () => {
  it('exits 0 on the corrected example, which has warnings but no errors', () => {
    const { status, stdout, stderr } = validate(CORRECTED);
    expect({ status, stderr }).toMatchObject({ status: EXIT_OK });
    expect(stdout).toMatch(/合计 Total: 错误 error 0, 警告 warning [1-9]\d*, 提示 info 0\n$/);
  });

  it('exits 0 with --json too, printing no error-level finding', () => {
    const { status, stdout, stderr } = validate(CORRECTED, '--json');
    expect({ status, stderr }).toMatchObject({ status: EXIT_OK });
    const findings = JSON.parse(stdout) as { severity: string }[];
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe('npm run -s validate on input it cannot validate', () => {
  it('exits 2 on malformed JSON, saying so on stderr and printing nothing on stdout', () => {
    const file = path.join(scratch, 'truncated.json');
    writeFileSync(file, '{ "unit": ');
    const { status, stdout, stderr } = validate(file, '--json');
    expect(stderr).toContain(`不是有效的 JSON Not valid JSON: ${file}`);
    expect(stdout).toBe('');
    expect(status).toBe(EXIT_UNREADABLE);
  });

  it('exits 2 on JSON that is not a budget document, listing the paths', () => {
    const file = path.join(scratch, 'empty-object.json');
    writeFileSync(file, '{}');
    const { status, stderr } = validate(file);
    expect(stderr).toContain(`不是有效的预算文件 Not a valid budget document: ${file}`);
    expect(stderr).toContain('  /unit: ');
    expect(status).toBe(EXIT_UNREADABLE);
  });

  it('exits 2 on a file that does not exist', () => {
    const { status, stderr } = validate(path.join(scratch, 'missing.json'));
    expect(stderr).toContain('无法读取 Cannot read');
    expect(status).toBe(EXIT_UNREADABLE);
  });
});
