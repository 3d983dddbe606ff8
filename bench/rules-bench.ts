/**
 * Validation benchmark: synthetic budgets at 1×, 10× and 100× the size of the 邯郸 2022 disclosure,
 * each timed for JSON.parse and validateDocument in the same run. Figures, not assertions.
 *
 *   npm run -s build && node dist/bench/rules-bench.js [--json] [--quick]
 *
 * A larger document is what a department 10 or 100 times larger would publish: the code tables
 * list one block of rows per 所属单位 (a `unitTotal` row, then that unit's 类/款/项 rows, each with
 * its `unitCode`, as consolidated budgets print them), each unit's amounts a distinct multiple of
 * 邯郸's (so the table arithmetic still holds and no two units print the same figures); the
 * summary tables, the "三公" table and the narrative figures state the department-wide totals;
 * the project target tables are 邯郸's, copied under distinct names. The schema allows 2,000
 * projects and 5,000 rows per table, so beyond that the code tables stop adding units and each
 * project carries its indicators more than once (distinct names).
 * The copies keep 邯郸's own mistakes, so findings grow with the document as they would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseBudgetDocument,
  type BudgetDocument,
  type ProjectTarget,
  type TableRow,
} from '@budgetflow/budget-domain';
import { validateDocument } from '@budgetflow/budget-rules';

const ROOT = path.resolve(__dirname, __dirname.split(path.sep).includes('dist') ? '../..' : '..');
const SEED = path.join(ROOT, 'seeds/handan-psb-2022.json');
const SCALES = [1, 10, 100] as const;
const MAX_PROJECTS = 2_000;
const MAX_TABLE_ROWS = 5_000;
/** Time each size may take, per measurement loop; with the bounds below the run stays near a minute. */
const BUDGET_MS = 10_000;
const MIN_ITERATIONS = 5;
const WARM_UP_MS = 2_000;
const WARM_UP_MIN = 3;
const WARM_UP_MAX = 400;
const MAX_ITERATIONS = 40;

const loadSeed = (): BudgetDocument => JSON.parse(readFileSync(SEED, 'utf8')) as BudgetDocument;

/** An exact decimal string times a whole number, keeping its decimals: `46003.87` × 3 = `138011.61`. */
export const scaleDecimal = (text: string, factor: number): string => {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim().replace(/,/g, ''));
  if (!match) throw new RangeError(`not a decimal: "${text}"`);
  const [, sign, whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction) * BigInt(factor);
  const digits = units.toString().padStart(fraction.length + 1, '0');
  const head = digits.slice(0, digits.length - fraction.length);
  const tail = fraction.length > 0 ? `.${digits.slice(digits.length - fraction.length)}` : '';
  return `${sign && units !== 0n ? '-' : ''}${head}${tail}`;
};

const scaleAmounts = (amounts: Readonly<Record<string, string>>, factor: number): Record<string, string> =>
  Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, scaleDecimal(value, factor)]));

const CODE_TABLES = new Set([
  'incomeSummary',
  'expenditureSummary',
  'generalBudgetExpenditure',
  'generalBudgetBasicExpenditure',
  'govFundExpenditure',
  'stateCapitalExpenditure',
  'economicClassSummary',
]);

/** Units the code tables can list within the schema's 5,000 rows per table. */
const maxUnits = (seed: BudgetDocument): number =>
  Math.min(
    ...seed.tables
      .filter((table) => CODE_TABLES.has(table.kind) && table.rows.length > 0)
      .map((table) => {
        const codeRows = table.rows.filter((row) => row.code !== undefined).length;
        const lines = table.rows.length - codeRows;
        return Math.floor((MAX_TABLE_ROWS - lines) / (codeRows + 1));
      }),
  );

export interface SyntheticDocument {
  readonly document: BudgetDocument;
  /** Copies of 邯郸's projects, and of its unit blocks up to the row limit. */
  readonly factor: number;
  /** 所属单位 blocks the code tables print. */
  readonly units: number;
  readonly projects: number;
  /** Times each indicator is listed per project (1 unless the 2,000-project limit is reached). */
  readonly indicatorRepeat: number;
}

/**
 * 邯郸's budget as a department with `factor` 所属单位 and `factor` times its projects. Unit `u`
 * prints 邯郸's rows × (u + 1); the department-wide lines are 邯郸's × Σ(u + 1).
 */
export const syntheticDocument = (seed: BudgetDocument, factor: number): SyntheticDocument => {
  const units = Array.from({ length: Math.min(factor, maxUnits(seed)) }, (_, u) => {
    const subUnit = seed.unit.subUnits[u % seed.unit.subUnits.length];
    const round = Math.floor(u / seed.unit.subUnits.length);
    return {
      code: String(u + 1).padStart(3, '0'),
      name: `${subUnit?.name ?? seed.unit.name}${round > 0 ? `（${round + 1}）` : ''}`,
      multiple: u + 1,
    };
  });
  const departmentMultiple = units.reduce((sum, unit) => sum + unit.multiple, 0);

  const tables = seed.tables.map((table) => {
    if (!CODE_TABLES.has(table.kind) || table.rows.length === 0) {
      return {
        ...table,
        rows: table.rows.map((row) => ({ ...row, amounts: scaleAmounts(row.amounts, departmentMultiple) })),
      };
    }
    const total = table.rows.find((row) => row.line === 'total');
    const codeRows = table.rows.filter((row) => row.code !== undefined);
    const rows: TableRow[] = total
      ? [{ ...total, amounts: scaleAmounts(total.amounts, departmentMultiple) }]
      : [];
    for (const unit of units) {
      rows.push({
        line: 'unitTotal',
        unitCode: unit.code,
        name: unit.name,
        amounts: scaleAmounts(total?.amounts ?? {}, unit.multiple),
      });
      for (const row of codeRows)
        rows.push({ ...row, unitCode: unit.code, amounts: scaleAmounts(row.amounts, unit.multiple) });
    }
    return { ...table, rows };
  });

  const narrative = seed.narrative && {
    ...seed.narrative,
    sections: seed.narrative.sections.map((section) => ({
      ...section,
      figures: section.figures.map((figure) => {
        const money = (figure.unit === undefined || figure.unit === '万元') && !figure.key.endsWith('.count');
        if (!money) return figure;
        const amount = scaleDecimal(figure.amount, departmentMultiple);
        const printed = figure.amount.replace(/^-/, '');
        const text = figure.text.replace(printed, amount.replace(/^-/, ''));
        return { ...figure, amount, text };
      }),
    })),
  };

  const performance = seed.performance && {
    ...seed.performance,
    projects: ((): ProjectTarget[] => {
      const sources = seed.performance?.projects ?? [];
      const wanted = sources.length * factor;
      const repeat = Math.max(1, Math.ceil(wanted / MAX_PROJECTS));
      const count = Math.ceil(wanted / repeat);
      return Array.from({ length: count }, (_, p) => {
        const source = sources[p % sources.length];
        if (!source) throw new Error('seed has no projects');
        const copy = Math.floor(p / sources.length);
        const name = copy === 0 ? source.name : `${source.name}（${copy + 1}）`;
        return {
          ...source,
          name,
          ...(source.title !== undefined && copy > 0
            ? { title: source.title.replace(source.name, name) }
            : {}),
          indicators: source.indicators.map((category) => ({
            ...category,
            groups: category.groups.map((group) => ({
              ...group,
              indicators: Array.from({ length: repeat }, (_, r) =>
                group.indicators.map((indicator) =>
                  r === 0 || source.classified
                    ? indicator
                    : { ...indicator, name: `${indicator.name}（${r + 1}）` },
                ),
              ).flat(),
            })),
          })),
        };
      });
    })(),
  };

  const document: BudgetDocument = {
    ...seed,
    tables,
    ...(narrative ? { narrative } : {}),
    ...(performance ? { performance } : {}),
  };
  const projects = performance?.projects.length ?? 0;
  const wanted = (seed.performance?.projects.length ?? 0) * factor;
  return {
    document,
    factor,
    units: units.length,
    projects,
    indicatorRepeat: Math.max(1, Math.ceil(wanted / MAX_PROJECTS)),
  };
};

/** What validation reads row by row: table rows and performance indicators (projects and department). */
export const countRows = (document: BudgetDocument): { tableRows: number; indicators: number } => {
  let indicators = 0;
  const lists = [...(document.performance?.projects ?? []), ...(document.performance?.specialFunds ?? [])];
  const categories = [
    ...lists.flatMap((project) => project.indicators),
    ...(document.performance?.department?.targetTable?.indicators ?? []),
  ];
  for (const category of categories)
    for (const group of category.groups) indicators += group.indicators.length;
  const tableRows = document.tables.reduce((sum, table) => sum + table.rows.length, 0);
  return { tableRows, indicators };
};

/**
 * The copy factor whose compact JSON is `scale` times 邯郸's. Size is not quite proportional to the
 * factor (units and projects stop growing at the schema's limits), so converge on it.
 */
export const factorForScale = (seed: BudgetDocument, scale: number): number => {
  if (scale === 1) return 1;
  const target = JSON.stringify(seed).length * scale;
  let factor = scale;
  for (let step = 0; step < 8; step++) {
    const size = JSON.stringify(syntheticDocument(seed, factor).document).length;
    const next = Math.max(1, Math.round((factor * target) / size));
    if (next === factor) break;
    factor = next;
  }
  return factor;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export interface SizeResult {
  readonly scale: number;
  readonly factor: number;
  readonly units: number;
  readonly projects: number;
  readonly indicatorRepeat: number;
  readonly jsonBytes: number;
  readonly sizeVsSeed: number;
  readonly tableRows: number;
  readonly indicators: number;
  readonly findings: number;
  readonly iterations: number;
  readonly parseMs: number;
  readonly validateMs: number;
  readonly ratio: number;
  readonly rowsPerSecond: number;
  readonly microsPerRow: number;
  /** Per-row time against the previous (smaller) size: 1.0 is perfectly linear. */
  readonly perRowVsPrevious?: number;
}

const measure = (
  seed: BudgetDocument,
  scale: number,
  quick: boolean,
  seedBytes: number,
): Omit<SizeResult, 'perRowVsPrevious'> => {
  const synthetic = syntheticDocument(seed, factorForScale(seed, scale));
  const text = JSON.stringify(synthetic.document);
  const parsed = parseBudgetDocument(JSON.parse(text));
  if (!parsed.ok)
    throw new Error(`synthetic ${scale}× document is invalid: ${JSON.stringify(parsed.errors)}`);
  const { tableRows, indicators } = countRows(synthetic.document);

  // Warm-up: let the JIT compile and settle the hot paths (and the heap grow) before timing.
  let findings = 0;
  const warmUpStarted = now();
  for (let i = 0; i < WARM_UP_MAX; i++) {
    findings = validateDocument(JSON.parse(text) as BudgetDocument).length;
    if (i + 1 >= WARM_UP_MIN && now() - warmUpStarted >= (quick ? WARM_UP_MS / 4 : WARM_UP_MS)) break;
  }

  // Sequential iterations, each on a freshly parsed document (no state carried between them).
  const parseTimes: number[] = [];
  const validateTimes: number[] = [];
  const started = now();
  const budget = quick ? BUDGET_MS / 6 : BUDGET_MS;
  const minimum = quick ? 3 : MIN_ITERATIONS;
  while (
    validateTimes.length < minimum ||
    (validateTimes.length < MAX_ITERATIONS && now() - started < budget)
  ) {
    const t0 = now();
    const document = JSON.parse(text) as BudgetDocument;
    const t1 = now();
    validateDocument(document);
    const t2 = now();
    parseTimes.push(t1 - t0);
    validateTimes.push(t2 - t1);
  }
  const parseMs = median(parseTimes);
  const validateMs = median(validateTimes);
  const rows = tableRows + indicators;
  return {
    scale,
    factor: synthetic.factor,
    units: synthetic.units,
    projects: synthetic.projects,
    indicatorRepeat: synthetic.indicatorRepeat,
    jsonBytes: Buffer.byteLength(text),
    sizeVsSeed: text.length / seedBytes,
    tableRows,
    indicators,
    findings,
    iterations: validateTimes.length,
    parseMs,
    validateMs,
    ratio: validateMs / parseMs,
    rowsPerSecond: rows / (validateMs / 1000),
    microsPerRow: (validateMs * 1000) / rows,
  };
};

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;

const table = (headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string => {
  const widths = headers.map((header, c) =>
    Math.max(header.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
};

export const runBenchmark = (quick = false): SizeResult[] => {
  const seed = loadSeed();
  const seedBytes = JSON.stringify(seed).length;
  const results: SizeResult[] = [];
  for (const scale of SCALES) {
    const result = measure(seed, scale, quick, seedBytes);
    const previous = results[results.length - 1];
    results.push(
      previous ? { ...result, perRowVsPrevious: result.microsPerRow / previous.microsPerRow } : result,
    );
  }
  return results;
};

const report = (results: readonly SizeResult[]): string => {
  const linear = results.every((result) => (result.perRowVsPrevious ?? 1) <= 1.25);
  const withinTarget = results.every((result) => result.ratio <= 2);
  return [
    `validateDocument vs JSON.parse — synthetic budgets from seeds/handan-psb-2022.json (node ${process.version})`,
    '',
    table(
      [
        'size',
        'JSON',
        'rows+indicators',
        'findings',
        'n',
        'JSON.parse',
        'validate',
        'validate/parse',
        'rows/s',
        'µs/row',
        'per-row vs prev',
      ],
      results.map((result) => [
        `${result.scale}× (${result.sizeVsSeed.toFixed(1)}×)`,
        formatBytes(result.jsonBytes),
        `${result.tableRows}+${result.indicators}`,
        String(result.findings),
        String(result.iterations),
        `${result.parseMs.toFixed(2)} ms`,
        `${result.validateMs.toFixed(2)} ms`,
        `${result.ratio.toFixed(2)}×`,
        Math.round(result.rowsPerSecond).toLocaleString('en-US'),
        result.microsPerRow.toFixed(2),
        result.perRowVsPrevious === undefined ? '—' : `${result.perRowVsPrevious.toFixed(2)}×`,
      ]),
    ),
    '',
    'Medians of n sequential iterations after warm-up, each on a freshly parsed document (compact JSON);',
    'rows = table rows + performance indicators; JSON in UTF-8 bytes, (×) its length against 邯郸 2022.',
    `Target validate ≤ 2× JSON.parse at every size: ${withinTarget ? 'met' : 'NOT met'}.`,
    `Linear growth (per-row time within 1.25× of the next smaller size): ${linear ? 'yes' : 'NO'}.`,
  ].join('\n');
};

if (require.main === module) {
  const args = process.argv.slice(2);
  const results = runBenchmark(args.includes('--quick'));
  process.stdout.write(`${args.includes('--json') ? JSON.stringify(results, null, 2) : report(results)}\n`);
}
