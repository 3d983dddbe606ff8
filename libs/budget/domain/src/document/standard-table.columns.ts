import type { TableKind, TableLayout, TableSide } from './standard-table.kinds';

/**
 * The amount columns of each table kind in each layout. A row stores `amounts[column.key]`; the
 * key is the same across layouts where the meaning is the same (`total`, `basic`, `project`), so
 * rules written against one layout work on the other.
 *
 * `order` is the printed 栏次. The standard layout numbers every column, 科目编码 = 1 and 科目名称 = 2
 * (two-sided tables: 收入项目 = 1, 收入金额 = 2, 支出项目 = 3, …). Henan prints 栏次 from the first
 * amount column (总计 = 1) on its expenditure tables; where it prints none, `order` is the column's
 * position counted the standard way.
 */
export interface ColumnDefinition {
  readonly key: string;
  /** Header as printed, parent headers joined with `·` (`本年收入·财政拨款收入`). */
  readonly label: string;
  readonly order: number;
  /** Two-sided tables only: the side the column belongs to. */
  readonly side?: TableSide;
}

export interface TableLayoutDefinition {
  /** Title the layout prints (the table keeps its own printed title too). */
  readonly title: string;
  readonly columns: readonly ColumnDefinition[];
  /** True when no source document prints this table with a body, so the columns are the expected ones. */
  readonly unconfirmed?: boolean;
}

const col = (key: string, label: string, order: number, side?: TableSide): ColumnDefinition =>
  side ? { key, label, order, side } : { key, label, order };

const TOTAL_BASIC_PROJECT = [
  col('total', '合计', 3),
  col('basic', '基本支出', 4),
  col('project', '项目支出', 5),
];

/** Henan expenditure breakdown (一般公共预算支出情况表, 部门支出总体情况表), 栏次 1–8 as printed. */
const HENAN_EXPENDITURE = [
  col('total', '总计', 1),
  col('basic', '基本支出·小计', 2),
  col('basicWages', '基本支出·工资福利支出', 3),
  col('basicPublic', '基本支出·公用经费', 4),
  col('basicHousehold', '基本支出·对个人和家庭的补助', 5),
  col('project', '项目支出·小计', 6),
  col('projectGeneral', '项目支出·一般性项目', 7),
  col('projectSpecial', '项目支出·专项资金', 8),
];

const STANDARD_INCOME = [
  col('total', '合计', 3),
  col('currentYear', '本年收入·小计', 4),
  col('fiscalAppropriation', '本年收入·财政拨款收入', 5),
  col('fiscalSpecialAccount', '本年收入·财政专户收入', 6),
  col('business', '本年收入·事业收入', 7),
  col('operating', '本年收入·经营收入', 8),
  col('superiorSubsidy', '本年收入·上级补助收入', 9),
  col('subordinateRemittance', '本年收入·附属单位上缴收入', 10),
  col('other', '本年收入·其他收入', 11),
  col('priorYearCarryover', '上年结转', 12),
];

const BASIC_BY_ECONOMIC = [
  col('total', '合计', 3),
  col('personnel', '人员经费', 4),
  col('public', '公用经费', 5),
];

const THREE_PUBLIC_STANDARD = [
  col('total', '合计', 2),
  col('generalPublicBudget', '一般公共预算财政拨款', 3),
  col('govFundBudget', '政府性基金预算拨款', 4),
  col('stateCapitalBudget', '国有资本经营预算财政拨款', 5),
];

export const TABLE_LAYOUT_DEFINITIONS: Readonly<
  Record<TableKind, Readonly<Record<TableLayout, TableLayoutDefinition>>>
> = {
  budgetSummary: {
    standard: {
      title: '部门预算收支总表',
      columns: [
        col('incomeAmount', '收入·预算数', 2, 'income'),
        col('expenditureAmount', '支出·预算数', 4, 'expenditure'),
      ],
    },
    'henan-2020': {
      title: '部门收支总体情况表',
      columns: [
        col('incomeAmount', '收入·金额', 2, 'income'),
        col('total', '支出·合计', 4, 'expenditure'),
        col('businessFundMakeup', '支出·用事业单位基金弥补收支差额', 5, 'expenditure'),
        col('departmentCarryover', '支出·部门结转', 6, 'expenditure'),
        col('currentYear', '支出·本年支出小计·小计', 7, 'expenditure'),
        col('generalPublicBudget', '支出·本年支出小计·一般公共预算·小计', 8, 'expenditure'),
        col(
          'generalPublicBudgetAppropriation',
          '支出·本年支出小计·一般公共预算·其中：财政拨款',
          9,
          'expenditure',
        ),
        col('govFundBudget', '支出·本年支出小计·政府性基金', 10, 'expenditure'),
        col('educationFees', '支出·本年支出小计·专户管理的教育收费', 11, 'expenditure'),
        col('educationFeesCarryover', '支出·本年支出小计·专户管理的教育收费结余（结转）', 12, 'expenditure'),
        col('stateCapitalBudget', '支出·本年支出小计·国有资本经营预算收入', 13, 'expenditure'),
        col('business', '支出·本年支出小计·事业收入', 14, 'expenditure'),
        col('operating', '支出·本年支出小计·经营收入', 15, 'expenditure'),
        col('businessFund', '支出·本年支出小计·事业基金', 16, 'expenditure'),
      ],
    },
  },
  incomeSummary: {
    standard: { title: '部门预算收入总表', columns: STANDARD_INCOME },
    'henan-2020': { title: '部门收入总体情况表', columns: STANDARD_INCOME, unconfirmed: true },
  },
  expenditureSummary: {
    standard: {
      title: '部门预算支出总表',
      columns: [
        ...TOTAL_BASIC_PROJECT,
        col('operating', '经营支出', 6),
        col('remittanceToSuperior', '上解上级支出', 7),
        col('subsidyToSubordinate', '对附属单位补助支出', 8),
      ],
    },
    'henan-2020': { title: '部门支出总体情况表', columns: HENAN_EXPENDITURE },
  },
  fiscalAppropriationSummary: {
    standard: {
      title: '部门预算财政拨款收支总表',
      columns: [
        col('incomeAmount', '收入·金额', 2, 'income'),
        col('total', '支出·合计', 4, 'expenditure'),
        col('generalPublicBudget', '支出·一般公共预算财政拨款', 5, 'expenditure'),
        col('govFundBudget', '支出·政府性基金预算财政拨款', 6, 'expenditure'),
        col('stateCapitalBudget', '支出·国有资本经营预算财政拨款', 7, 'expenditure'),
      ],
    },
    'henan-2020': {
      title: '财政拨款收支总体情况表',
      columns: [
        col('incomeAmount', '收入·金额', 2, 'income'),
        col('total', '支出·合计', 4, 'expenditure'),
        col('generalPublicBudget', '支出·本年支出小计·一般公共预算·小计', 5, 'expenditure'),
        col(
          'generalPublicBudgetAppropriation',
          '支出·本年支出小计·一般公共预算·其中：财政拨款',
          6,
          'expenditure',
        ),
        col('govFundBudget', '支出·本年支出小计·政府性基金', 7, 'expenditure'),
      ],
    },
  },
  generalBudgetExpenditure: {
    standard: { title: '部门预算一般公共预算财政拨款支出表', columns: TOTAL_BASIC_PROJECT },
    'henan-2020': { title: '一般公共预算支出情况表', columns: HENAN_EXPENDITURE },
  },
  generalBudgetBasicExpenditure: {
    standard: { title: '部门预算一般公共预算财政拨款基本支出表', columns: BASIC_BY_ECONOMIC },
    'henan-2020': { title: '一般公共预算基本支出情况表', columns: BASIC_BY_ECONOMIC, unconfirmed: true },
  },
  govFundExpenditure: {
    standard: { title: '部门预算政府基金预算财政拨款支出表', columns: TOTAL_BASIC_PROJECT },
    'henan-2020': { title: '政府性基金预算支出情况表', columns: TOTAL_BASIC_PROJECT, unconfirmed: true },
  },
  stateCapitalExpenditure: {
    standard: { title: '部门预算国有资本经营预算财政拨款支出表', columns: TOTAL_BASIC_PROJECT },
    'henan-2020': { title: '国有资本经营预算支出情况表', columns: TOTAL_BASIC_PROJECT, unconfirmed: true },
  },
  threePublicExpenditure: {
    standard: { title: '部门预算财政拨款“三公”经费支出表', columns: THREE_PUBLIC_STANDARD },
    'henan-2020': {
      title: '一般公共预算“三公”经费支出情况表',
      // One column, printed with the year: `2020年“三公”经费预算数`.
      columns: [col('total', '“三公”经费预算数', 2)],
    },
  },
  economicClassSummary: {
    standard: { title: '支出经济分类汇总表', columns: TOTAL_BASIC_PROJECT, unconfirmed: true },
    'henan-2020': { title: '支出经济分类汇总表', columns: TOTAL_BASIC_PROJECT, unconfirmed: true },
  },
};

export const tableLayoutDefinition = (kind: TableKind, layout: TableLayout): TableLayoutDefinition =>
  TABLE_LAYOUT_DEFINITIONS[kind][layout];

export const columnDefinition = (
  kind: TableKind,
  layout: TableLayout,
  key: string,
): ColumnDefinition | undefined =>
  TABLE_LAYOUT_DEFINITIONS[kind][layout].columns.find((column) => column.key === key);
