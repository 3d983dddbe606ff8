import type { TableRow } from '@budgetflow/budget-domain';
import { amountOf, cellAt, expectBlankFrom, JiyuanSourceError, type SourceLine } from './source-lines';

/**
 * The two-sided Henan tables: 部门收支总体情况表 (budgetSummary) and 财政拨款收支总体情况表
 * (fiscalAppropriationSummary). Body cells: 0 group, 1 item, 2 income amount, 3 expenditure item,
 * 4… expenditure amounts. Income and expenditure rows are each kept in printed order; the pairing on
 * one printed line is layout only, so the income row of a line is emitted before its expenditure row.
 */

interface IncomeItem {
  readonly line: string;
  readonly name: string;
  readonly group?: string;
}

const GPB = '一般公共预算收入';
const FUND = '政府性基金收入';

const gpbItems = (): IncomeItem[] =>
  [
    ['gpb.appropriation', '财政拨款'],
    ['gpb.administrativeFees', '纳入预算管理的行政事业性收费'],
    ['gpb.specialRevenue', '专项收入'],
    ['gpb.stateAssetUse', '国有资产（资产）有偿使用收入'],
    ['gpb.stateCapitalIncome', '国有资本经营收入'],
    ['gpb.housingFund', '政府住房基金收入'],
    ['gpb.debt', '债务收入'],
    ['gpb.other', '其他一般公共预算收入'],
    ['gpb.superiorAdvance', '上级预拨'],
    ['gpb.stabilizationFund', '动用预算稳定调节基金'],
    ['gpb.transferIn', '调入资金'],
    ['gpb.priorYearBalance', '上年结余（结转）'],
  ].map(([line, name]) => ({ line, name, group: GPB }));

const fundItems = (): IncomeItem[] =>
  [
    ['fund.currentYear', '当年收入'],
    ['fund.debt', '债务收入'],
    ['fund.superiorAdvance', '上级预拨'],
    ['fund.priorYearBalance', '上年结余（结转）'],
  ].map(([line, name]) => ({ line, name, group: FUND }));

/**
 * Income lines of table 1 in printed order. Groups follow this list, not the printed label
 * (correction budget-summary-fund-group-label). 专户管理的教育收费 … 其他收入 and the totals are
 * ungrouped (docs/budget-document.md).
 */
const BUDGET_SUMMARY_INCOME: readonly IncomeItem[] = [
  ...gpbItems(),
  ...fundItems(),
  { line: 'educationFees', name: '专户管理的教育收费' },
  { line: 'educationFeesCarryover', name: '专户管理的教育收费结余（结转）' },
  { line: 'stateCapitalBudget', name: '国有资本经营预算收入' },
  { line: 'business', name: '事业收入' },
  { line: 'operating', name: '经营收入' },
  { line: 'businessFund', name: '事业基金' },
  { line: 'other', name: '其他收入' },
  { line: 'incomeThisYear', name: '本年合计' },
  { line: 'departmentCarryover', name: '部门结转' },
  { line: 'businessFundMakeup', name: '用事业单位基金弥补收支差额' },
  { line: 'incomeTotal', name: '收入合计' },
];

/** Income lines of table 4: each group opens with its 小计. */
const FISCAL_SUMMARY_INCOME: readonly IncomeItem[] = [
  { line: 'gpb.subtotal', name: '小计', group: GPB },
  ...gpbItems(),
  { line: 'fund.subtotal', name: '小计', group: FUND },
  ...fundItems(),
  // Correction fiscal-summary-state-capital-row: a merged cell printed in the group column.
  { line: 'stateCapitalBudget', name: '国有资本经营预算' },
  { line: 'incomeTotal', name: '收入合计' },
];

/** Expenditure lines of table 1 in printed order (names as printed, the authors' wording included). */
const BUDGET_SUMMARY_EXPENDITURE: readonly (readonly [string, string])[] = [
  ['basic', '一、基本支出'],
  ['basic.wages', '工资福利支出'],
  ['basic.public', '公用经费'],
  ['basic.household', '对个人和家庭的补助支出'],
  ['project', '二、项目支出'],
  ['project.general', '一般性项目'],
  ['project.special', '专项资金'],
  ['project.special.goodsServices', '1、商品和服务类专项支出'],
  ['project.special.household', '2、对个人和家庭的补助类专项支出'],
  ['project.special.debtInterest', '3、债务利息支出'],
  ['project.special.capitalConstruction', '4、资本性支出（基本建设）'],
  ['project.special.capital', '5、资本性支出'],
  ['project.special.enterpriseConstruction', '6、对企业补助（基本建设）'],
  ['project.special.enterprise', '7、对企业补助'],
  ['project.special.socialSecurityFund', '8、对社会保障基金补助'],
  ['project.special.other', '9、其他支出'],
  ['expenditureTotal', '支出合计'],
];

/** Body cell 4 onwards, by position (corrections budget-summary-header-offset, fiscal-summary-header-offset). */
const BUDGET_SUMMARY_COLUMNS = [
  'total',
  'businessFundMakeup',
  'departmentCarryover',
  'currentYear',
  'generalPublicBudget',
  'generalPublicBudgetAppropriation',
  'govFundBudget',
  'educationFees',
  'educationFeesCarryover',
  'stateCapitalBudget',
  'business',
  'operating',
  'businessFund',
];
const FISCAL_SUMMARY_COLUMNS = [
  'total',
  'generalPublicBudget',
  'generalPublicBudgetAppropriation',
  'govFundBudget',
];

/** Function classes (类) by the name printed after the ordinal, `支出` optional as Henan prints it. */
const FUNCTION_CLASSES: readonly (readonly [string, string])[] = [
  ['201', '一般公共服务'],
  ['202', '外交'],
  ['203', '国防'],
  ['204', '公共安全'],
  ['205', '教育'],
  ['206', '科学技术'],
  ['207', '文化旅游体育与传媒'],
  ['208', '社会保障和就业'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康'],
  ['211', '节能环保'],
  ['212', '城乡社区'],
  ['213', '农林水'],
  ['214', '交通运输'],
  ['215', '资源勘探信息等'],
  ['216', '商业服务业等'],
  ['217', '金融'],
  ['219', '援助其他地区'],
  ['220', '自然资源海洋气象等'],
  ['221', '住房保障'],
  ['222', '粮油物资储备'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

const functionClassCode = (printed: string, line: SourceLine): string => {
  const name = printed.replace(/^[一二三四五六七八九十]+、/, '');
  const found = FUNCTION_CLASSES.find(([, base]) => name === base || name === `${base}支出`);
  if (!found) throw new JiyuanSourceError(`unknown function class "${printed}"`, line);
  return found[0];
};

const amountsOf = (line: SourceLine, first: number, keys: readonly string[]): Record<string, string> => {
  const amounts: Record<string, string> = {};
  keys.forEach((key, offset) => {
    const amount = amountOf(cellAt(line, first + offset), line);
    if (amount !== undefined) amounts[key] = amount;
  });
  expectBlankFrom(line, first + keys.length);
  return amounts;
};

/** The income row printed on a body line, if any, matched against the next expected item. */
const incomeRow = (line: SourceLine, expected: IncomeItem[]): TableRow | undefined => {
  const [group, item, amount] = [cellAt(line, 0), cellAt(line, 1), cellAt(line, 2)];
  if (group === '' && item === '') {
    if (amount !== '') throw new JiyuanSourceError('income amount without a line', line);
    return undefined;
  }
  if (item !== '' && group !== '' && group !== GPB && group !== FUND) {
    throw new JiyuanSourceError(`unknown income group "${group}"`, line);
  }
  const next = expected.shift();
  // An item row prints its name in the item column; a total (or a merged cell) in the group column.
  const printedName = item !== '' ? item : group;
  if (next?.name !== printedName) {
    throw new JiyuanSourceError(`expected income line "${next?.name ?? '(none)'}"`, line);
  }
  const value = amountOf(amount, line);
  return {
    side: 'income',
    line: next.line,
    ...(next.group === undefined ? {} : { group: next.group }),
    name: printedName,
    amounts: value === undefined ? {} : { incomeAmount: value },
  };
};

const parseBalanceBody = (
  body: readonly SourceLine[],
  income: readonly IncomeItem[],
  expenditureRow: (line: SourceLine) => TableRow | undefined,
): TableRow[] => {
  const expected = [...income];
  const rows = body.flatMap((line) => [incomeRow(line, expected), expenditureRow(line)]);
  if (expected.length > 0)
    throw new JiyuanSourceError(`income lines missing: ${expected.map((i) => i.name).join(', ')}`);
  return rows.filter((row): row is TableRow => row !== undefined);
};

export const parseBudgetSummaryBody = (body: readonly SourceLine[]): TableRow[] => {
  const expenditure = [...BUDGET_SUMMARY_EXPENDITURE];
  const rows = parseBalanceBody(body, BUDGET_SUMMARY_INCOME, (line) => {
    const name = cellAt(line, 3);
    if (name === '') {
      expectBlankFrom(line, 4);
      return undefined;
    }
    const next = expenditure.shift();
    if (next?.[1] !== name)
      throw new JiyuanSourceError(`expected expenditure line "${next?.[1] ?? '(none)'}"`, line);
    return { side: 'expenditure', line: next[0], name, amounts: amountsOf(line, 4, BUDGET_SUMMARY_COLUMNS) };
  });
  if (expenditure.length > 0)
    throw new JiyuanSourceError(`expenditure lines missing: ${expenditure.join(', ')}`);
  return rows;
};

export const parseFiscalSummaryBody = (body: readonly SourceLine[]): TableRow[] =>
  parseBalanceBody(body, FISCAL_SUMMARY_INCOME, (line) => {
    const name = cellAt(line, 3);
    if (name === '') {
      expectBlankFrom(line, 4);
      return undefined;
    }
    const amounts = amountsOf(line, 4, FISCAL_SUMMARY_COLUMNS);
    return name === '支出合计'
      ? { side: 'expenditure', line: 'expenditureTotal', name, amounts }
      : { side: 'expenditure', code: functionClassCode(name, line), name, amounts };
  });
