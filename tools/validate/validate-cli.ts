import { readFileSync } from 'node:fs';
import { parseBudgetDocument } from '@budgetflow/budget-domain';
import { hasErrors, validateDocument } from '@budgetflow/budget-rules';
import { formatReport } from './validation-report';

/** Exit codes: 0 no error-level finding, 1 errors found, 2 the input could not be validated at all. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

const USAGE = 'Usage: npm run -s validate -- <document.json> [--json]';

export interface CliOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The whole CLI as a function of its arguments and file reader, so it can be tested without a process. */
export const runValidateCli = (args: readonly string[], readFile: (path: string) => string): CliOutput => {
  const json = args.includes('--json');
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
  const [file] = files;
  if (!file || files.length > 1 || unknown.length > 0)
    return { code: EXIT_UNREADABLE, stdout: '', stderr: USAGE };

  let text: string;
  try {
    text = readFile(file);
  } catch (error) {
    return {
      code: EXIT_UNREADABLE,
      stdout: '',
      stderr: `无法读取 Cannot read ${file}: ${(error as Error).message}`,
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      code: EXIT_UNREADABLE,
      stdout: '',
      stderr: `不是有效的 JSON Not valid JSON: ${file}: ${(error as Error).message}`,
    };
  }
  const parsed = parseBudgetDocument(input);
  if (!parsed.ok) {
    const lines = parsed.errors.map((error) => `  ${error.path || '/'}: ${error.message}`);
    return {
      code: EXIT_UNREADABLE,
      stdout: '',
      stderr: [`不是有效的预算文件 Not a valid budget document: ${file}`, ...lines].join('\n'),
    };
  }
  const findings = validateDocument(parsed.document);
  return {
    code: hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK,
    stdout: json ? JSON.stringify(findings, null, 2) : formatReport(file, findings),
    stderr: '',
  };
};

if (require.main === module) {
  const output = runValidateCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
  if (output.stdout) process.stdout.write(`${output.stdout}\n`);
  if (output.stderr) process.stderr.write(`${output.stderr}\n`);
  process.exitCode = output.code;
}
