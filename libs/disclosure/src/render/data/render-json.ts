import type { BudgetTableView, Disclosure, ProjectTargetView } from '../../model/disclosure.model';

/** Frictionless/Fiscal Data Package column types by how a table's rows are keyed. */
const CLASSIFICATION_COLUMN_TYPE = {
  functional: 'functional-classification:generic:code',
  economic: 'economic-classification:generic:code',
  balance: 'budget-line:code',
  lines: 'budget-line:code',
} as const;

const CLASSIFICATION_TYPE = {
  functional: 'functional',
  economic: 'economic',
  balance: 'functional',
  lines: 'other',
} as const;

const resourceName = (kind: string) => kind.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);

const tableResource = (table: BudgetTableView) => ({
  name: resourceName(table.kind),
  title: table.caption,
  ...(table.number === undefined ? {} : { number: table.number }),
  profile: 'tabular-data-resource',
  path: 'disclosure.csv',
  format: 'csv',
  encoding: 'utf-8-sig',
  classification: CLASSIFICATION_TYPE[table.classification],
  layout: table.layout,
  empty: table.records.length === 0,
  notes: table.notes,
  schema: {
    fields: [
      { name: 'seq', title: '序号', type: 'integer' },
      ...(table.classification === 'balance'
        ? [{ name: 'side', title: '收入/支出', type: 'string', enum: ['income', 'expenditure'] }]
        : []),
      {
        name: 'code',
        title: '科目编码',
        type: 'string',
        columnType: CLASSIFICATION_COLUMN_TYPE[table.classification],
      },
      { name: 'line', title: '行项目', type: 'string' },
      {
        name: 'name',
        title: '科目名称',
        type: 'string',
        columnType: 'functional-classification:generic:label',
      },
      ...table.columns.map((column) => ({
        name: column.key,
        title: column.label,
        type: 'number',
        columnType: 'value',
        order: column.order,
        ...(column.side ? { side: column.side } : {}),
        phase: 'approved',
        currency: 'CNY',
        unit: table.unitOfMeasure,
        decimalChar: '.',
      })),
    ],
  },
  // Amounts stay exact decimal strings: a JSON number would be a float.
  data: table.records.map((record) => ({
    seq: record.seq,
    ...(record.side ? { side: record.side } : {}),
    ...(record.code ? { code: record.code } : {}),
    ...(record.line ? { line: record.line } : {}),
    ...(record.unitCode ? { unitCode: record.unitCode } : {}),
    name: record.name,
    ...record.amounts,
  })),
});

const cellTexts = (rows: ProjectTargetView['indicators']['body']) =>
  rows.map((row) => row.map((cell) => cell.text));

const projectResource = (project: ProjectTargetView) => ({
  name: project.id,
  title: project.heading,
  projectName: project.name,
  ...(project.code ? { code: project.code } : {}),
  classified: project.classified,
  facts: project.facts.body.map((row) => ({ label: row[0]?.text ?? '', value: row[1]?.text ?? '' })),
  indicators: {
    columns: project.indicators.header[0]?.map((cell) => cell.text) ?? [],
    // Rows as printed; a merged 一级/二级 cell appears on its first row only.
    rows: cellTexts(project.indicators.body),
  },
});

/**
 * The machine-readable descriptor, Fiscal Data Package style: one resource per standard table with
 * typed fields (classification codes, amount columns with phase, currency and unit) and its rows,
 * plus the published project targets. Built from the redacted model, like every other format.
 */
export const buildDataPackage = (model: Disclosure) => ({
  profile: 'fiscal-data-package',
  name: `${model.meta.unitId}-${model.meta.fiscalYear}-department-budget`,
  title: model.title,
  created: model.meta.generatedAt,
  countryCode: 'CN',
  regionCode: model.meta.divisionCode,
  publisher: { code: model.meta.unitCode, name: model.meta.unitName, division: model.meta.divisionName },
  fiscalPeriod: { start: `${model.meta.fiscalYear}-01-01`, end: `${model.meta.fiscalYear}-12-31` },
  phase: 'approved',
  currency: 'CNY',
  unit: '万元',
  factor: 10000,
  redaction: model.meta.redaction,
  ...(model.meta.correction ? { correction: model.meta.correction } : {}),
  resources: model.budgetPart.tables.map(tableResource),
  performanceTargets: model.projects.map(projectResource),
});

/**
 * The descriptor as JSON text. `<`, `>` and `&` are written as \u escapes so the text stays inert
 * even if someone embeds it in an HTML page.
 */
export const renderJson = (model: Disclosure): string =>
  `${JSON.stringify(buildDataPackage(model), null, 2).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
