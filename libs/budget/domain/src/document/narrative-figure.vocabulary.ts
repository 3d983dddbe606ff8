import type { TableKind } from './standard-table.kinds';

/**
 * The figures the 情况说明 states, by key. Each narrative figure carries one of these keys so that
 * validation can compare it with the tables and the renderer can fill the prose from them.
 * `cell` names where the standard layout holds the same number, if a single cell does; figures
 * without one are sums or come from outside the nine tables (previous year, assets).
 */
export interface FigureKeyDefinition {
  readonly key: string;
  readonly label: string;
  readonly cell?: { readonly table: TableKind; readonly line: string; readonly column: string };
  /** Default unit of the figure when the prose does not say (万元 for money). */
  readonly unit?: string;
}

const fig = <const K extends string>(
  key: K,
  label: string,
  cell?: FigureKeyDefinition['cell'],
  unit?: string,
): FigureKeyDefinition & { readonly key: K } => ({
  key,
  label,
  ...(cell ? { cell } : {}),
  ...(unit ? { unit } : {}),
});
const balanceIncome = (line: string) => ({ table: 'budgetSummary' as const, line, column: 'incomeAmount' });

export const FIGURE_KEY_DEFINITIONS = [
  // 收入说明
  fig('income.total', '收入总计（预算收入）', balanceIncome('incomeTotal')),
  fig('income.thisYear', '本年收入合计', balanceIncome('incomeThisYear')),
  fig('income.generalPublicBudget', '一般公共预算（拨款）收入', balanceIncome('generalPublicBudget')),
  fig('income.govFundBudget', '政府性基金预算（拨款）收入', balanceIncome('govFundBudget')),
  fig('income.stateCapitalBudget', '国有资本经营预算（拨款）收入', balanceIncome('stateCapitalBudget')),
  fig('income.fiscalSpecialAccount', '财政专户管理资金（核拨）收入', balanceIncome('fiscalSpecialAccount')),
  fig('income.unitFunds', '单位资金收入（事业、经营、上级补助、附属单位上缴、其他收入之和）'),
  fig('income.business', '事业收入', balanceIncome('business')),
  fig('income.operating', '事业单位经营收入', balanceIncome('operating')),
  fig('income.superiorSubsidy', '上级补助收入', balanceIncome('superiorSubsidy')),
  fig('income.subordinateRemittance', '附属单位上缴收入', balanceIncome('subordinateRemittance')),
  fig('income.other', '其他收入', balanceIncome('other')),
  fig('income.priorYearCarryover', '上年结转结余', balanceIncome('priorYearCarryover')),
  // 支出说明
  fig('expenditure.total', '支出总计（支出预算）', {
    table: 'budgetSummary',
    line: 'expenditureTotal',
    column: 'expenditureAmount',
  }),
  fig('expenditure.basic', '基本支出', { table: 'expenditureSummary', line: 'total', column: 'basic' }),
  fig('expenditure.basic.personnel', '基本支出·人员经费', {
    table: 'generalBudgetBasicExpenditure',
    line: 'total',
    column: 'personnel',
  }),
  fig('expenditure.basic.public', '基本支出·（日常）公用经费', {
    table: 'generalBudgetBasicExpenditure',
    line: 'total',
    column: 'public',
  }),
  fig('expenditure.project', '项目支出', { table: 'expenditureSummary', line: 'total', column: 'project' }),
  // 比上年增减情况: amounts are signed (增加 +, 减少 −); the reason goes in `reason`.
  fig('change.total', '收支预算比上年增减'),
  fig('change.basic', '基本支出比上年增减'),
  fig('change.project', '项目支出比上年增减'),
  fig('change.previousYearTotal', '上年收支预算总额'),
  // 机关运行经费
  fig('operatingCosts.total', '机关运行经费'),
  fig('operatingCosts.change', '机关运行经费比上年增减'),
  // 财政拨款“三公”经费: the "三公" total is the 小计 line (the table's 合计 adds 会议费 and 培训费).
  fig('threePublic.total', '“三公”经费合计', {
    table: 'threePublicExpenditure',
    line: 'threePublicSubtotal',
    column: 'total',
  }),
  fig('threePublic.overseas', '因公出国（境）费', {
    table: 'threePublicExpenditure',
    line: 'overseas',
    column: 'total',
  }),
  fig('threePublic.vehicles', '公务用车购置及运行维护费', {
    table: 'threePublicExpenditure',
    line: 'vehicles',
    column: 'total',
  }),
  fig('threePublic.vehicles.purchase', '公务用车购置费', {
    table: 'threePublicExpenditure',
    line: 'vehicles.purchase',
    column: 'total',
  }),
  fig('threePublic.vehicles.operation', '公务用车运行维护费', {
    table: 'threePublicExpenditure',
    line: 'vehicles.operation',
    column: 'total',
  }),
  fig('threePublic.reception', '公务接待费', {
    table: 'threePublicExpenditure',
    line: 'reception',
    column: 'total',
  }),
  fig('threePublic.meetings', '会议费', {
    table: 'threePublicExpenditure',
    line: 'meetings',
    column: 'total',
  }),
  fig('threePublic.training', '培训费', {
    table: 'threePublicExpenditure',
    line: 'training',
    column: 'total',
  }),
  fig('threePublic.change', '“三公”经费比上年增减'),
  fig('threePublic.previousYear', '上年“三公”经费预算'),
  // 预算绩效信息
  fig('performance.projects.count', '实行绩效目标管理的项目个数', undefined, '个'),
  fig('performance.projects.amount', '实行绩效目标管理的项目金额'),
  // 政府采购预算情况
  fig('procurement.total', '政府采购预算总额'),
  fig('procurement.goods', '政府采购货物预算'),
  fig('procurement.works', '政府采购工程预算'),
  fig('procurement.services', '政府采购服务预算'),
  fig('procurement.smeReserved', '预留中小微企业份额'),
  // 国有资产信息
  fig('assets.fixedAssets.value', '上年末固定资产金额'),
  fig('assets.plannedPurchase', '本年度拟购置固定资产总额'),
  fig('assets.vehicles.count', '车辆数', undefined, '辆'),
  fig('assets.generalEquipment.count', '单位价值50万元以上通用设备数', undefined, '台（套）'),
  fig('assets.specialEquipment.count', '单位价值100万元以上专用设备数', undefined, '台（套）'),
] as const satisfies readonly FigureKeyDefinition[];

export type FigureKey = (typeof FIGURE_KEY_DEFINITIONS)[number]['key'];
export const FIGURE_KEYS: readonly FigureKey[] = FIGURE_KEY_DEFINITIONS.map((definition) => definition.key);

export const figureKeyDefinition = (key: FigureKey): FigureKeyDefinition | undefined =>
  FIGURE_KEY_DEFINITIONS.find((definition) => definition.key === key);
