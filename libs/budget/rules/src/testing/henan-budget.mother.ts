import type { BudgetDocument, ProjectTarget, StandardTable, TableRow } from '@budgetflow/budget-domain';
// The domain library keeps its fixtures out of its public API; test builders start from them.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { jiyuan2020Document } from '../../../domain/src/document/fixtures/jiyuan-2020.fixture';
import { standardNarrative } from './standard-budget.mother';

/**
 * A Henan-layout budget (Jiyuan 2020 shape) in which everything agrees. 合计 300.0 = 基本 200.0
 * (工资福利 150.0 + 公用 40.0 + 对个人和家庭 10.0) + 项目 100.0 (一般性 60.0 + 专项 40.0), all from
 * the general public budget (财政拨款 300.0); one unit `020`.
 */
const henan = (
  kind: StandardTable['kind'],
  title: string,
  rows: TableRow[],
  notes: string[] = [],
): StandardTable => ({
  kind,
  layout: 'henan-2020',
  title,
  unitOfMeasure: '万元',
  rows,
  notes,
});

const breakdown = (
  total: string,
  basic?: [string, string, string, string],
  project?: [string, string, string],
) => ({
  total,
  ...(basic
    ? { basic: basic[0], basicWages: basic[1], basicPublic: basic[2], basicHousehold: basic[3] }
    : {}),
  ...(project ? { project: project[0], projectGeneral: project[1], projectSpecial: project[2] } : {}),
});

const EXPENDITURE_ROWS = (): TableRow[] => [
  {
    line: 'total',
    name: '合计',
    amounts: breakdown('300.0', ['200.0', '150.0', '40.0', '10.0'], ['100.0', '60.0', '40.0']),
  },
  {
    line: 'unitTotal',
    name: '济源市公安局',
    amounts: breakdown('300.0', ['200.0', '150.0', '40.0', '10.0'], ['100.0', '60.0', '40.0']),
  },
  {
    code: '2040201',
    unitCode: '020',
    name: '行政运行',
    amounts: breakdown('190.0', ['190.0', '150.0', '40.0', '0.0']),
  },
  {
    code: '2040220',
    unitCode: '020',
    name: '执法办案',
    amounts: breakdown('100.0', undefined, ['100.0', '60.0', '40.0']),
  },
  {
    code: '2080501',
    unitCode: '020',
    name: '行政单位离退休',
    amounts: breakdown('10.0', ['10.0', '0.0', '0.0', '10.0']),
  },
];

/** 收入总表 by function, all of it 财政拨款: the same rows and totals as the expenditure tables. */
const INCOME_ROWS = (): TableRow[] =>
  EXPENDITURE_ROWS().map((row) => {
    const total = row.amounts['total'] ?? '0.0';
    return { ...row, amounts: { total, currentYear: total, fiscalAppropriation: total } };
  });

/** 基本支出 200.0 by economic class: 人员经费 160.0 (工资 150.0, 退休费 10.0), 公用经费 40.0. */
const BASIC_ROWS = (): TableRow[] => [
  { line: 'total', name: '合计', amounts: { total: '200.0', personnel: '160.0', public: '40.0' } },
  { code: '301', name: '工资福利支出', amounts: { total: '150.0', personnel: '150.0' } },
  { code: '30101', name: '基本工资', amounts: { total: '150.0', personnel: '150.0' } },
  { code: '302', name: '商品和服务支出', amounts: { total: '40.0', public: '40.0' } },
  { code: '30201', name: '办公费', amounts: { total: '40.0', public: '40.0' } },
  { code: '303', name: '对个人和家庭的补助', amounts: { total: '10.0', personnel: '10.0' } },
  { code: '30302', name: '退休费', amounts: { total: '10.0', personnel: '10.0' } },
];

const expenditureSide = (line: string, name: string, amount: string): TableRow => ({
  side: 'expenditure',
  line,
  name,
  amounts: {
    total: amount,
    currentYear: amount,
    generalPublicBudget: amount,
    generalPublicBudgetAppropriation: amount,
  },
});

export const henanTables = (): StandardTable[] => [
  henan('budgetSummary', '2020年部门收支总体情况表', [
    {
      side: 'income',
      line: 'gpb.appropriation',
      group: '一般公共预算收入',
      name: '财政拨款',
      amounts: { incomeAmount: '300.0' },
    },
    expenditureSide('basic', '一、基本支出', '200.0'),
    expenditureSide('basic.wages', '工资福利支出', '150.0'),
    expenditureSide('basic.public', '公用经费', '40.0'),
    expenditureSide('basic.household', '对个人和家庭的补助支出', '10.0'),
    expenditureSide('project', '二、项目支出', '100.0'),
    expenditureSide('project.general', '一般性项目', '60.0'),
    expenditureSide('project.special', '专项资金', '40.0'),
    { side: 'income', line: 'incomeThisYear', name: '本年合计', amounts: { incomeAmount: '300.0' } },
    { side: 'income', line: 'incomeTotal', name: '收入合计', amounts: { incomeAmount: '300.0' } },
    expenditureSide('expenditureTotal', '支出合计', '300.0'),
  ]),
  henan('incomeSummary', '2020年部门收入总体情况表', INCOME_ROWS()),
  henan('expenditureSummary', '2020年部门支出总体情况表', EXPENDITURE_ROWS()),
  henan('fiscalAppropriationSummary', '2020年财政拨款收支总体情况表', [
    {
      side: 'income',
      line: 'gpb.subtotal',
      group: '一般公共预算收入',
      name: '小计',
      amounts: { incomeAmount: '300.0' },
    },
    {
      side: 'income',
      line: 'gpb.appropriation',
      group: '一般公共预算收入',
      name: '财政拨款',
      amounts: { incomeAmount: '300.0' },
    },
    { side: 'income', line: 'fund.subtotal', group: '政府性基金收入', name: '小计', amounts: {} },
    {
      side: 'expenditure',
      code: '204',
      name: '四、公共安全支出',
      amounts: { total: '290.0', generalPublicBudget: '290.0', generalPublicBudgetAppropriation: '290.0' },
    },
    {
      side: 'expenditure',
      code: '208',
      name: '八、社会保障和就业支出',
      amounts: { total: '10.0', generalPublicBudget: '10.0', generalPublicBudgetAppropriation: '10.0' },
    },
    { side: 'income', line: 'incomeTotal', name: '收入合计', amounts: { incomeAmount: '300.0' } },
    {
      side: 'expenditure',
      line: 'expenditureTotal',
      name: '支出合计',
      amounts: { total: '300.0', generalPublicBudget: '300.0', generalPublicBudgetAppropriation: '300.0' },
    },
  ]),
  henan('generalBudgetExpenditure', '2020年一般公共预算支出情况表', EXPENDITURE_ROWS()),
  henan('generalBudgetBasicExpenditure', '2020年一般公共预算基本支出情况表', BASIC_ROWS()),
  henan('govFundExpenditure', '2020年政府性基金预算支出情况表', [], ['注：无政府性基金预算支出，空表列示。']),
  henan(
    'stateCapitalExpenditure',
    '2020年国有资本经营预算支出情况表',
    [],
    ['注：无国有资本经营预算支出，空表列示。'],
  ),
  henan('threePublicExpenditure', '2020年一般公共预算“三公”经费支出情况表', [
    { line: 'total', name: '共计', amounts: { total: '20.0' } },
    { line: 'overseas', name: '1、因公出国（境）费用', amounts: {} },
    { line: 'reception', name: '2、公务接待费', amounts: { total: '5.0' } },
    { line: 'vehicles', name: '3、公务用车费', amounts: { total: '15.0' } },
    { line: 'vehicles.operation', name: '其中：（1）公务用车运行维护费', amounts: { total: '15.0' } },
    { line: 'vehicles.purchase', name: '（2）公务用车购置', amounts: {} },
  ]),
];

/** A Henan project sheet (项目总金额, 投入与目标管理 … 影响力目标), amounts consistent. */
export const henanProject = (name: string, amount: string): ProjectTarget => {
  const [base] = jiyuan2020Document().performance!.projects;
  if (!base) throw new Error('the Jiyuan fixture has a project');
  const { details: _details, ...withoutPeople } = base;
  return {
    ...withoutPeople,
    name,
    amount,
    totalAmount: amount,
    indicators: [
      {
        name: '投入与目标管理',
        groups: [{ name: '投入管理', indicators: [{ name: '预算执行率', target: '=100%' }] }],
      },
      {
        name: '产出目标',
        groups: [
          { name: '数量', indicators: [{ name: '整体破案数', target: '=1000起' }] },
          { name: '质量', indicators: [{ name: '刑事案件破案率', target: '≥35%' }] },
          { name: '时效', indicators: [{ name: '资金支付时间', target: '2020年12月底前' }] },
          { name: '成本', indicators: [{ name: '项目成本', target: `≤${amount}万元` }] },
        ],
      },
      {
        name: '效果目标',
        groups: [{ name: '社会效益', indicators: [{ name: '刑事案件下降率', target: '≥2%' }] }],
      },
      {
        name: '影响力目标',
        groups: [{ name: '长效管理', indicators: [{ name: '管理制度健全完备', target: '完备' }] }],
      },
    ],
  };
};

export const validHenanBudget = (): BudgetDocument => {
  const base = jiyuan2020Document();
  return {
    ...base,
    tables: henanTables(),
    // Jiyuan publishes no 情况说明; a valid budget has one (prose only: figures are checked on the standard mother).
    narrative: {
      ...standardNarrative(),
      sections: standardNarrative().sections.map((section) => ({ ...section, figures: [] })),
    },
    performance: {
      ...base.performance!,
      department: {
        ...base.performance!.department!,
        targetTable: {
          ...base.performance!.department!.targetTable!,
          budget: { total: '300.0', fiscalFunds: '300.0', basic: '200.0', project: '100.0' },
        },
      },
      projects: [henanProject('办案业务费', '60.0'), henanProject('电子政务专项', '40.0')],
    },
  };
};
