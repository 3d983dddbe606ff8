/**
 * The standard tables of a department budget (DESIGN.md, 1–9) plus the extra tables some provinces
 * print. The keys are the stable wire names; titles are the national ones (a layout may print
 * another title, kept on the table itself).
 */
export const STANDARD_TABLE_KINDS = [
  'budgetSummary',
  'incomeSummary',
  'expenditureSummary',
  'fiscalAppropriationSummary',
  'generalBudgetExpenditure',
  'generalBudgetBasicExpenditure',
  'govFundExpenditure',
  'stateCapitalExpenditure',
  'threePublicExpenditure',
] as const;

/** Tables a layout prints beyond the nine (Henan 2020: 支出经济分类汇总表). */
export const EXTRA_TABLE_KINDS = ['economicClassSummary'] as const;

export const TABLE_KINDS = [...STANDARD_TABLE_KINDS, ...EXTRA_TABLE_KINDS] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
export type StandardTableKind = (typeof STANDARD_TABLE_KINDS)[number];

/**
 * Column layouts seen in real disclosures. `standard` is the national layout with 栏次 (Handan 2022);
 * `henan-2020` is the Henan layout (Jiyuan 2020): split 类/款/项 code, 单位代码, 基本支出/项目支出
 * breakdowns, 部门结转.
 */
export const TABLE_LAYOUTS = ['standard', 'henan-2020'] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];

/**
 * How a table's rows are keyed:
 * - `functional`: classification code 类/款/项 (plus the `total`/`unitTotal` lines);
 * - `economic`: economic classification 类/款 (plus `total`);
 * - `balance`: two sides, income lines vs expenditure lines (function classes by code, or lines);
 * - `lines`: named lines only (the "三公" table).
 */
export type RowKeying = 'functional' | 'economic' | 'balance' | 'lines';

export type TableSide = 'income' | 'expenditure';

export interface TableKindDefinition {
  readonly kind: TableKind;
  /** Position among the nine standard tables (1–9); undefined for extra tables. */
  readonly number?: number;
  /** National title. */
  readonly title: string;
  readonly rowKeying: RowKeying;
}

export const TABLE_KIND_DEFINITIONS: Readonly<Record<TableKind, TableKindDefinition>> = {
  budgetSummary: { kind: 'budgetSummary', number: 1, title: '部门预算收支总表', rowKeying: 'balance' },
  incomeSummary: { kind: 'incomeSummary', number: 2, title: '部门预算收入总表', rowKeying: 'functional' },
  expenditureSummary: {
    kind: 'expenditureSummary',
    number: 3,
    title: '部门预算支出总表',
    rowKeying: 'functional',
  },
  fiscalAppropriationSummary: {
    kind: 'fiscalAppropriationSummary',
    number: 4,
    title: '部门预算财政拨款收支总表',
    rowKeying: 'balance',
  },
  generalBudgetExpenditure: {
    kind: 'generalBudgetExpenditure',
    number: 5,
    title: '一般公共预算财政拨款支出表',
    rowKeying: 'functional',
  },
  generalBudgetBasicExpenditure: {
    kind: 'generalBudgetBasicExpenditure',
    number: 6,
    title: '一般公共预算财政拨款基本支出表',
    rowKeying: 'economic',
  },
  govFundExpenditure: {
    kind: 'govFundExpenditure',
    number: 7,
    title: '政府性基金预算财政拨款支出表',
    rowKeying: 'functional',
  },
  stateCapitalExpenditure: {
    kind: 'stateCapitalExpenditure',
    number: 8,
    title: '国有资本经营预算财政拨款支出表',
    rowKeying: 'functional',
  },
  threePublicExpenditure: {
    kind: 'threePublicExpenditure',
    number: 9,
    title: '财政拨款“三公”经费支出表',
    rowKeying: 'lines',
  },
  economicClassSummary: { kind: 'economicClassSummary', title: '支出经济分类汇总表', rowKeying: 'economic' },
};
