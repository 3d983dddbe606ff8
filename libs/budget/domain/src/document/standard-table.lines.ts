import type { TableKind, TableSide } from './standard-table.kinds';

/**
 * Named rows: the rows of a table that are not a classification code — totals as printed, the
 * income/expenditure lines of the two-sided tables and the items of the "三公" table. Validation
 * finds a total by its line key, never by its printed name (names vary: 合计/共计, 收入总计/收入合计).
 */
export interface LineDefinition {
  readonly key: string;
  /** Name as the standard layout prints it (Henan's name in brackets where it differs). */
  readonly label: string;
  readonly side?: TableSide;
}

const income = (key: string, label: string): LineDefinition => ({ key, label, side: 'income' });
const expenditure = (key: string, label: string): LineDefinition => ({ key, label, side: 'expenditure' });

/** Lines of 收支总表 and 财政拨款收支总表 in both layouts. Function classes on the expenditure side are rows by code. */
export const BALANCE_LINES: readonly LineDefinition[] = [
  // Income, standard layout (收支总表 一…九, 财政拨款收支总表 一…三).
  income('generalPublicBudget', '一般公共预算拨款收入'),
  income('govFundBudget', '政府性基金预算拨款收入'),
  income('stateCapitalBudget', '国有资本经营预算拨款收入 [国有资本经营预算(收入)]'),
  income('fiscalSpecialAccount', '财政专户管理资金收入'),
  income('business', '事业收入'),
  income('operating', '事业单位经营收入 [经营收入]'),
  income('superiorSubsidy', '上级补助收入'),
  income('subordinateRemittance', '附属单位上缴收入'),
  income('other', '其他收入'),
  income('incomeThisYear', '本年收入合计 [本年合计]'),
  income('priorYearCarryover', '上年结转结余'),
  income('priorYearFiscalCarryover', '年初财政拨款结转和结余'),
  income('priorYearFiscalCarryover.generalPublicBudget', '年初财政拨款结转和结余·一般公共预算拨款'),
  income('priorYearFiscalCarryover.govFundBudget', '年初财政拨款结转和结余·政府性基金预算拨款'),
  income('priorYearFiscalCarryover.stateCapitalBudget', '年初财政拨款结转和结余·国有资本经营预算拨款'),
  income('incomeTotal', '收入总计 [收入合计]'),
  // Income, Henan layout: 一般公共预算收入 (gpb.*) and 政府性基金收入 (fund.*) groups.
  income('gpb.subtotal', '一般公共预算收入·小计'),
  income('gpb.appropriation', '一般公共预算收入·财政拨款'),
  income('gpb.administrativeFees', '一般公共预算收入·纳入预算管理的行政事业性收费'),
  income('gpb.specialRevenue', '一般公共预算收入·专项收入'),
  income('gpb.stateAssetUse', '一般公共预算收入·国有资产（资产）有偿使用收入'),
  income('gpb.stateCapitalIncome', '一般公共预算收入·国有资本经营收入'),
  income('gpb.housingFund', '一般公共预算收入·政府住房基金收入'),
  income('gpb.debt', '一般公共预算收入·债务收入'),
  income('gpb.other', '一般公共预算收入·其他一般公共预算收入'),
  income('gpb.superiorAdvance', '一般公共预算收入·上级预拨'),
  income('gpb.stabilizationFund', '一般公共预算收入·动用预算稳定调节基金'),
  income('gpb.transferIn', '一般公共预算收入·调入资金'),
  income('gpb.priorYearBalance', '一般公共预算收入·上年结余（结转）'),
  income('fund.subtotal', '政府性基金收入·小计'),
  income('fund.currentYear', '政府性基金收入·当年收入'),
  income('fund.debt', '政府性基金收入·债务收入'),
  income('fund.superiorAdvance', '政府性基金收入·上级预拨'),
  income('fund.priorYearBalance', '政府性基金收入·上年结余（结转）'),
  income('educationFees', '专户管理的教育收费'),
  income('educationFeesCarryover', '专户管理的教育收费结余（结转）'),
  income('businessFund', '事业基金'),
  income('departmentCarryover', '部门结转'),
  income('businessFundMakeup', '用事业单位基金弥补收支差额'),
  // Expenditure totals, both layouts.
  expenditure('expenditureThisYear', '本年支出合计'),
  expenditure('yearEndCarryover', '年终结转结余'),
  expenditure('yearEndFiscalCarryover', '年末财政拨款结转和结余'),
  expenditure('expenditureTotal', '支出总计 [支出合计]'),
  // Expenditure by nature, Henan 部门收支总体情况表.
  expenditure('basic', '一、基本支出'),
  expenditure('basic.wages', '工资福利支出'),
  expenditure('basic.public', '公用经费'),
  expenditure('basic.household', '对个人和家庭的补助支出'),
  expenditure('project', '二、项目支出'),
  expenditure('project.general', '一般性项目'),
  expenditure('project.special', '专项资金'),
  expenditure('project.special.goodsServices', '1、商品和服务类专项支出'),
  expenditure('project.special.household', '2、对个人和家庭的补助类专项支出'),
  expenditure('project.special.debtInterest', '3、债务利息支出'),
  expenditure('project.special.capitalConstruction', '4、资本性支出（基本建设）'),
  expenditure('project.special.capital', '5、资本性支出'),
  expenditure('project.special.enterpriseConstruction', '6、对企业补助（基本建设）'),
  expenditure('project.special.enterprise', '7、对企业补助'),
  expenditure('project.special.socialSecurityFund', '8、对社会保障基金补助'),
  expenditure('project.special.other', '9、其他支出'),
];

/** Lines of the code-keyed tables: the grand total and, in Henan, a unit's own subtotal row. */
export const CODE_TABLE_LINES: readonly LineDefinition[] = [
  { key: 'total', label: '合计' },
  { key: 'unitTotal', label: '单位小计（Henan: the row naming the unit, e.g. 济源市公安局）' },
];

/** Items of the "三公" table (standard 合计…五、培训费; Henan 共计, 1、因公出国（境）费用 …). */
export const THREE_PUBLIC_LINES: readonly LineDefinition[] = [
  { key: 'total', label: '合计 [共计]' },
  { key: 'threePublicSubtotal', label: '“三公”经费小计' },
  { key: 'overseas', label: '一、因公出国（境）费' },
  { key: 'vehicles', label: '二、公务用车购置及运维费 [公务用车费]' },
  { key: 'vehicles.purchase', label: '其中：公务用车购置费' },
  { key: 'vehicles.operation', label: '公务用车运行维护费' },
  { key: 'reception', label: '三、公务接待费' },
  { key: 'meetings', label: '四、会议费' },
  { key: 'training', label: '五、培训费' },
];

export const tableLines = (kind: TableKind): readonly LineDefinition[] => {
  switch (kind) {
    case 'budgetSummary':
    case 'fiscalAppropriationSummary':
      return BALANCE_LINES;
    case 'threePublicExpenditure':
      return THREE_PUBLIC_LINES;
    case 'incomeSummary':
    case 'expenditureSummary':
    case 'generalBudgetExpenditure':
    case 'generalBudgetBasicExpenditure':
    case 'govFundExpenditure':
    case 'stateCapitalExpenditure':
    case 'economicClassSummary':
      return CODE_TABLE_LINES;
  }
};

export const lineDefinition = (kind: TableKind, key: string): LineDefinition | undefined =>
  tableLines(kind).find((line) => line.key === key);
