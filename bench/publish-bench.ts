/**
 * Disclosure rendering benchmark: the 邯郸 2022 document and a synthetic one ten times its size,
 * each rendered to every format several times; prints the median milliseconds per format.
 * Figures, not assertions.
 *
 *   npm run -s build && node dist/bench/publish-bench.js [--iterations=N]
 *
 * The 10× document repeats every row of the code-keyed tables and every project ten times, as a
 * department with ten 所属单位 would print them: each copy carries its own 单位代码 (`unitCode`; a
 * 7-digit 项 code cannot grow) and a distinct name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BudgetDocument } from '@budgetflow/budget-domain';
import {
  buildDisclosure,
  renderCsv,
  renderHtml,
  renderJson,
  renderPdf,
  renderXlsx,
  type Disclosure,
} from '@budgetflow/disclosure';

const ROOT = path.resolve(__dirname, __dirname.split(path.sep).includes('dist') ? '../..' : '..');
const SEED = path.join(ROOT, 'seeds/handan-psb-2022.json');
const SCALE = 10;

const loadSeed = (): BudgetDocument => JSON.parse(readFileSync(SEED, 'utf8')) as BudgetDocument;

/** 邯郸 × `factor`: code-table rows and projects copied under distinct unit codes and names. */
const scaledDocument = (seed: BudgetDocument, factor: number): BudgetDocument => {
  const copies = Array.from({ length: factor }, (_, copy) => copy);
  const performanceTargets = seed.performance;
  const unitCode = (copy: number) => `${seed.unit.code}${String(copy + 1).padStart(3, '0')}`;
  return {
    ...seed,
    tables: seed.tables.map((table) =>
      table.kind === 'budgetSummary' ||
      table.kind === 'fiscalAppropriationSummary' ||
      table.kind === 'threePublicExpenditure'
        ? table
        : {
            ...table,
            rows: copies.flatMap((copy) =>
              table.rows.map((row) => ({
                ...row,
                unitCode: unitCode(copy),
                name: copy === 0 ? row.name : `${row.name}（${unitCode(copy)}）`,
              })),
            ),
          },
    ),
    performance: performanceTargets && {
      ...performanceTargets,
      projects: copies.flatMap((copy) =>
        performanceTargets.projects.map((project) => ({
          ...project,
          name: copy === 0 ? project.name : `${project.name}（${unitCode(copy)}）`,
          ...(project.title === undefined ? {} : { title: `${project.title}（${unitCode(copy)}）` }),
        })),
      ),
    },
  };
};

const FORMATS: readonly [string, (model: Disclosure) => unknown][] = [
  ['model', () => undefined],
  ['html', renderHtml],
  ['pdf', renderPdf],
  ['xlsx', renderXlsx],
  ['json', renderJson],
  ['csv', renderCsv],
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const time = async (run: () => unknown): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

const bench = async (label: string, document: BudgetDocument, iterations: number) => {
  const options = { generatedAt: '2022-02-10T00:00:00Z' };
  const model = buildDisclosure(document, options);
  for (const [, render] of FORMATS) await render(model); // warm-up: font parsing, JIT
  const rows = [];
  for (const [format, render] of FORMATS) {
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      samples.push(
        await time(format === 'model' ? () => buildDisclosure(document, options) : () => render(model)),
      );
    }
    rows.push({
      format,
      medianMs: median(samples),
      minMs: Math.min(...samples),
      maxMs: Math.max(...samples),
    });
  }
  const tableRows = model.budgetPart.tables.reduce((sum, table) => sum + table.body.length, 0);
  process.stdout.write(
    `\n${label}: ${model.budgetPart.tables.length} tables / ${tableRows} rows, ${model.projects.length} projects, n=${iterations}\n`,
  );
  for (const row of rows) {
    process.stdout.write(
      `  ${row.format.padEnd(6)} median ${row.medianMs.toFixed(1).padStart(8)} ms   (min ${row.minMs.toFixed(1)}, max ${row.maxMs.toFixed(1)})\n`,
    );
  }
};

const main = async () => {
  const iterations = Number(/^--iterations=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 5);
  const seed = loadSeed();
  await bench('邯郸 2022 (1×)', seed, iterations);
  await bench(`邯郸 2022 × ${SCALE}`, scaledDocument(seed, SCALE), Math.max(3, Math.ceil(iterations / 2)));
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
