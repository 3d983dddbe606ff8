import type {
  BudgetDocument,
  FigureKey,
  NarrativeFigure,
  NarrativeSection,
  StandardTable,
  TableRow,
} from '@budgetflow/budget-domain';
// The domain library keeps its fixtures out of its public API; test builders start from them.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { handan2022Document } from '../../../domain/src/document/fixtures/handan-2022.fixture';
import { validProject, classifiedProject } from './project-target.mother';

/**
 * A standard-layout budget (Handan 2022 shape, smaller numbers) in which everything agrees: every
 * total adds up, the tables agree with each other, the narrative states the tables' figures and the
 * project tables are complete. Specs change one thing in it and expect exactly that to be found.
 *
 * 合计 1000.00 = 基本 700.00 + 项目 300.00; 204 公共安全 800.00, 208 社保 120.00, 221 住房 80.00.
 */
const row = (fields: Omit<TableRow, 'amounts'>, amounts: Record<string, string> = {}): TableRow => ({
  ...fields,
  amounts,
});
const code = (c: string, name: string, amounts: Record<string, string>) => row({ code: c, name }, amounts);

const FUNCTIONAL_ROWS: ReadonlyArray<[string, string, string, string?, string?]> = [
  // code, name, total, basic, project
  ['204', '公共安全支出', '800.00', '500.00', '300.00'],
  ['20402', '公安', '800.00', '500.00', '300.00'],
  ['2040201', '行政运行', '520.00', '500.00', '20.00'],
  ['2040220', '执法办案', '280.00', undefined, '280.00'],
  ['208', '社会保障和就业支出', '120.00', '120.00'],
  ['20805', '行政事业单位养老支出', '120.00', '120.00'],
  ['2080505', '机关事业单位基本养老保险缴费支出', '120.00', '120.00'],
  ['221', '住房保障支出', '80.00', '80.00'],
  ['22102', '住房改革支出', '80.00', '80.00'],
  ['2210201', '住房公积金', '80.00', '80.00'],
];

const compact = (amounts: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(amounts).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

const functionalTable = (kind: StandardTable['kind'], title: string): StandardTable => ({
  kind,
  layout: 'standard',
  title,
  unitOfMeasure: '万元',
  rows: [
    row({ line: 'total', name: '合计' }, { total: '1000.00', basic: '700.00', project: '300.00' }),
    ...FUNCTIONAL_ROWS.map(([c, name, total, basic, project]) =>
      code(c, name, compact({ total, basic, project })),
    ),
  ],
  notes: [],
});

const incomeTable = (): StandardTable => ({
  kind: 'incomeSummary',
  layout: 'standard',
  title: '部门预算收入总表',
  unitOfMeasure: '万元',
  rows: [
    row(
      { line: 'total', name: '合计' },
      { total: '1000.00', currentYear: '1000.00', fiscalAppropriation: '1000.00' },
    ),
    ...FUNCTIONAL_ROWS.map(([c, name, total]) =>
      code(c, name, { total, currentYear: total, fiscalAppropriation: total }),
    ),
  ],
  notes: [],
});

const CLASS_NAMES: ReadonlyArray<[string, string, string?]> = [
  ['201', '一、一般公共服务支出'],
  ['204', '四、公共安全支出', '800.00'],
  ['208', '八、社会保障和就业支出', '120.00'],
  ['221', '二十、住房保障支出', '80.00'],
];

const budgetSummary = (): StandardTable => ({
  kind: 'budgetSummary',
  layout: 'standard',
  title: '部门预算收支总表',
  unitOfMeasure: '万元',
  rows: [
    row(
      { side: 'income', line: 'generalPublicBudget', name: '一、一般公共预算拨款收入' },
      { incomeAmount: '1000.00' },
    ),
    row({ side: 'income', line: 'govFundBudget', name: '二、政府性基金预算拨款收入' }),
    ...CLASS_NAMES.map(([c, name, amount]) =>
      row({ side: 'expenditure', code: c, name }, amount ? { expenditureAmount: amount } : {}),
    ),
    row({ side: 'income', line: 'incomeThisYear', name: '本年收入合计' }, { incomeAmount: '1000.00' }),
    row(
      { side: 'expenditure', line: 'expenditureThisYear', name: '本年支出合计' },
      { expenditureAmount: '1000.00' },
    ),
    row({ side: 'income', line: 'priorYearCarryover', name: '上年结转结余' }),
    row({ side: 'expenditure', line: 'yearEndCarryover', name: '年终结转结余' }),
    row({ side: 'income', line: 'incomeTotal', name: '收入总计' }, { incomeAmount: '1000.00' }),
    row(
      { side: 'expenditure', line: 'expenditureTotal', name: '支出总计' },
      { expenditureAmount: '1000.00' },
    ),
  ],
  notes: [],
});

const fiscalSummary = (): StandardTable => ({
  kind: 'fiscalAppropriationSummary',
  layout: 'standard',
  title: '部门预算财政拨款收支总表',
  unitOfMeasure: '万元',
  rows: [
    row(
      { side: 'income', line: 'generalPublicBudget', name: '一、一般公共预算拨款' },
      { incomeAmount: '1000.00' },
    ),
    row({ side: 'income', line: 'govFundBudget', name: '二、政府性基金预算拨款' }),
    row({ side: 'income', line: 'stateCapitalBudget', name: '三、国有资本经营预算拨款' }),
    ...CLASS_NAMES.map(([c, name, amount]) =>
      row(
        { side: 'expenditure', code: c, name },
        amount ? { total: amount, generalPublicBudget: amount } : {},
      ),
    ),
    row({ side: 'income', line: 'incomeThisYear', name: '本年收入合计' }, { incomeAmount: '1000.00' }),
    row(
      { side: 'expenditure', line: 'expenditureThisYear', name: '本年支出合计' },
      { total: '1000.00', generalPublicBudget: '1000.00' },
    ),
    row({ side: 'income', line: 'priorYearFiscalCarryover', name: '年初财政拨款结转和结余' }),
    row({ side: 'expenditure', line: 'yearEndFiscalCarryover', name: '年末财政拨款结转和结余' }),
    row({ side: 'income', line: 'incomeTotal', name: '收入总计' }, { incomeAmount: '1000.00' }),
    row(
      { side: 'expenditure', line: 'expenditureTotal', name: '支出总计' },
      { total: '1000.00', generalPublicBudget: '1000.00' },
    ),
  ],
  notes: [],
});

const basicTable = (): StandardTable => ({
  kind: 'generalBudgetBasicExpenditure',
  layout: 'standard',
  title: '部门预算一般公共预算财政拨款基本支出表',
  unitOfMeasure: '万元',
  rows: [
    row({ line: 'total', name: '合计' }, { total: '700.00', personnel: '600.00', public: '100.00' }),
    code('301', '工资福利支出', { total: '600.00', personnel: '600.00' }),
    code('30101', '基本工资', { total: '400.00', personnel: '400.00' }),
    code('30108', '机关事业单位基本养老保险缴费', { total: '120.00', personnel: '120.00' }),
    code('30113', '住房公积金', { total: '80.00', personnel: '80.00' }),
    code('302', '商品和服务支出', { total: '100.00', public: '100.00' }),
    code('30201', '办公费', { total: '40.00', public: '40.00' }),
    code('30215', '会议费', { total: '10.00', public: '10.00' }),
    code('30216', '培训费', { total: '10.00', public: '10.00' }),
    code('30217', '公务接待费', { total: '10.00', public: '10.00' }),
    code('30231', '公务用车运行维护费', { total: '30.00', public: '30.00' }),
  ],
  notes: [],
});

const threePublicTable = (): StandardTable => {
  const both = (amount: string) => ({ total: amount, generalPublicBudget: amount });
  return {
    kind: 'threePublicExpenditure',
    layout: 'standard',
    title: '部门预算财政拨款“三公”经费支出表',
    unitOfMeasure: '万元',
    rows: [
      row({ line: 'total', name: '合计' }, both('60.00')),
      row({ line: 'threePublicSubtotal', name: '“三公”经费小计' }, both('40.00')),
      row({ line: 'overseas', name: '一、因公出国（境）费' }),
      row({ line: 'vehicles', name: '二、公务用车购置及运维费' }, both('30.00')),
      row({ line: 'vehicles.purchase', name: '其中：公务用车购置费' }),
      row({ line: 'vehicles.operation', name: '公务用车运行维护费' }, both('30.00')),
      row({ line: 'reception', name: '三、公务接待费' }, both('10.00')),
      row({ line: 'meetings', name: '四、会议费' }, both('10.00')),
      row({ line: 'training', name: '五、培训费' }, both('10.00')),
    ],
    notes: [],
  };
};

const emptyTable = (kind: StandardTable['kind'], title: string, note: string): StandardTable => ({
  kind,
  layout: 'standard',
  title,
  unitOfMeasure: '万元',
  rows: [],
  notes: [note],
});

export const standardTables = (): StandardTable[] => [
  budgetSummary(),
  incomeTable(),
  functionalTable('expenditureSummary', '部门预算支出总表'),
  fiscalSummary(),
  functionalTable('generalBudgetExpenditure', '部门预算一般公共预算财政拨款支出表'),
  basicTable(),
  emptyTable(
    'govFundExpenditure',
    '部门预算政府基金预算财政拨款支出表',
    '注：无政府基金预算财政拨款预算，空表列示。',
  ),
  emptyTable(
    'stateCapitalExpenditure',
    '部门预算国有资本经营预算财政拨款支出表',
    '注：无国有资本经营预算财政拨款预算，空表列示。',
  ),
  threePublicTable(),
];

const figure = (key: FigureKey, amount: string, text: string, reason?: string): NarrativeFigure => ({
  key,
  amount,
  text,
  ...(reason ? { reason } : {}),
});
const section = (value: NarrativeSection): NarrativeSection => value;

export const standardNarrative = (): NonNullable<BudgetDocument['narrative']> => {
  const base = handan2022Document().narrative!;
  return {
    ...base,
    sections: [
      section({
        kind: 'unitProfile',
        heading: '一、部门职责及机构设置情况',
        level: 1,
        paragraphs: [],
        figures: [],
      }),
      section({
        kind: 'overall',
        heading: '二、部门预算安排的总体情况',
        level: 1,
        paragraphs: ['按照预算管理有关规定……'],
        figures: [],
      }),
      section({
        kind: 'income',
        heading: '1、收入说明',
        level: 2,
        paragraphs: ['2022年预算收入1000.00万元，其中：一般公共预算收入1000.00万元，基金预算收入0万元。'],
        figures: [
          figure('income.total', '1000.00', '2022年预算收入1000.00万元'),
          figure('income.generalPublicBudget', '1000.00', '一般公共预算收入1000.00万元'),
          figure('income.govFundBudget', '0', '基金预算收入0万元'),
        ],
      }),
      section({
        kind: 'expenditure',
        heading: '2、支出说明',
        level: 2,
        paragraphs: [
          '2022年支出预算1000.00万元，其中基本支出700.00万元，包括人员经费600.00万元和日常公用经费100.00万元；项目支出300.00万元。',
        ],
        figures: [
          figure('expenditure.total', '1000.00', '2022年支出预算1000.00万元'),
          figure('expenditure.basic', '700.00', '基本支出700.00万元'),
          figure('expenditure.basic.personnel', '600.00', '人员经费600.00万元'),
          figure('expenditure.basic.public', '100.00', '日常公用经费100.00万元'),
          figure('expenditure.project', '300.00', '项目支出300.00万元'),
        ],
      }),
      section({
        kind: 'change',
        heading: '3、比上年增减情况',
        level: 2,
        paragraphs: ['较2021年预算增加50.00万元，其中：基本支出增加30.00万元；项目支出增加20.00万元。'],
        figures: [
          figure('change.total', '50.00', '较2021年预算增加50.00万元'),
          figure('change.basic', '30.00', '基本支出增加30.00万元', '主要为增加人员经费支出'),
          figure('change.project', '20.00', '项目支出增加20.00万元', '主要为基建项目增加'),
        ],
      }),
      section({
        kind: 'operatingCosts',
        heading: '三、机关运行经费安排情况',
        level: 1,
        paragraphs: ['2022年，我部门机关运行经费共计安排100.00万元。'],
        figures: [figure('operatingCosts.total', '100.00', '机关运行经费共计安排100.00万元')],
      }),
      section({
        kind: 'threePublic',
        heading: '四、财政拨款“三公”经费预算情况及增减变化原因',
        level: 1,
        paragraphs: [
          '“三公”经费预算安排40.00万元，其中因公出国（境）费0万元；公务用车购置及运维费30.00万元；公务接待费10.00万元。',
        ],
        figures: [
          figure('threePublic.total', '40.00', '“三公”经费预算安排40.00万元'),
          figure('threePublic.overseas', '0', '因公出国（境）费0万元'),
          figure('threePublic.vehicles', '30.00', '公务用车购置及运维费30.00万元'),
          figure('threePublic.vehicles.purchase', '0', '公务用车购置费为0万元'),
          figure('threePublic.vehicles.operation', '30.00', '公务用车运维费30.00万元'),
          figure('threePublic.reception', '10.00', '公务接待费10.00万元'),
          figure('threePublic.change', '-5.00', '与2021年相比减少5.00万元', '减少公务用车运维费'),
        ],
      }),
      section({ kind: 'performance', heading: '五、预算绩效信息', level: 1, paragraphs: [], figures: [] }),
      section({
        kind: 'procurement',
        heading: '六、政府采购预算情况',
        level: 1,
        paragraphs: ['2022年，安排政府采购预算0.00万元。'],
        figures: [figure('procurement.total', '0.00', '安排政府采购预算0.00万元')],
      }),
      section({
        kind: 'assets',
        heading: '七、国有资产信息',
        level: 1,
        paragraphs: ['上年末固定资产金额为0.00万元。'],
        figures: [figure('assets.fixedAssets.value', '0.00', '上年末固定资产金额为0.00万元')],
      }),
      ...base.sections.filter((s) => s.kind === 'glossary' || s.kind === 'other'),
    ],
  };
};

/** The consistent standard-layout budget every table, narrative and performance spec starts from. */
export const validStandardBudget = (): BudgetDocument => {
  const base = handan2022Document();
  return {
    ...base,
    tables: standardTables(),
    narrative: standardNarrative(),
    performance: {
      ...base.performance!,
      specialFunds: [],
      projects: [
        validProject({ name: '执法办案业务经费', amount: '280.00' }),
        validProject({ name: '行政运行保障', amount: '20.00' }),
      ],
    },
  };
};

/** The same budget with a classified project added (its table reads 涉密 throughout). */
export const validStandardBudgetWithClassifiedProject = (): BudgetDocument => {
  const document = validStandardBudget();
  document.performance!.projects.push(classifiedProject());
  return document;
};
