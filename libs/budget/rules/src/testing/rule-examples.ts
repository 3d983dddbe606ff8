import type { BudgetDocument, ProjectTarget } from '@budgetflow/budget-domain';
import { validHenanBudget } from './henan-budget.mother';
import { rowOf, tableOf } from './rule-test.helpers';
import { validStandardBudget, validStandardBudgetWithClassifiedProject } from './standard-budget.mother';

/**
 * For every rule, one small document that makes it fire: a valid mother with exactly one mistake,
 * modelled on the mistakes in the seed disclosures. The rule specs assert the findings on these,
 * and docs/rules.md shows the finding each produces.
 */
export interface RuleExample {
  /** The mistake, in Chinese, as the docs show it. */
  readonly mistake: string;
  readonly document: () => BudgetDocument;
}

const standard = (change: (document: BudgetDocument) => void) => (): BudgetDocument => {
  const document = validStandardBudget();
  change(document);
  return document;
};
const henan = (change: (document: BudgetDocument) => void) => (): BudgetDocument => {
  const document = validHenanBudget();
  change(document);
  return document;
};
const firstProject = (document: BudgetDocument): ProjectTarget => {
  const [project] = document.performance?.projects ?? [];
  if (!project) throw new Error('example document has no project');
  return project;
};
/** The first indicator of a 二级 group of the first project. */
const indicatorIn = (document: BudgetDocument, group: string) => {
  for (const category of firstProject(document).indicators) {
    const found = category.groups.find((candidate) => candidate.name === group)?.indicators[0];
    if (found) return found;
  }
  throw new Error(`example project has no ${group}`);
};
const figure = (document: BudgetDocument, key: string) => {
  const found = document.narrative?.sections.flatMap((section) => section.figures).find((f) => f.key === key);
  if (!found) throw new Error(`example narrative has no ${key}`);
  return found;
};
const moveRow = (document: BudgetDocument, code: string, after: string): void => {
  const rows = tableOf(document, 'expenditureSummary').rows;
  const [row] = rows.splice(
    rows.findIndex((candidate) => candidate.code === code),
    1,
  );
  if (row) rows.splice(rows.findIndex((candidate) => candidate.code === after) + 1, 0, row);
};

export const RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {
  'TBL-SUM-001': {
    mistake: '支出总表合计行“基本支出”填为699.00，各类之和为700.00。',
    document: standard((d) => (rowOf(d, 'expenditureSummary', 'total').amounts['basic'] = '699.00')),
  },
  'TBL-SUM-002': {
    mistake: '项级科目2040220执法办案改为281.00，款级20402公安仍为800.00。',
    document: standard((d) => {
      const row = rowOf(d, 'expenditureSummary', '2040220');
      row.amounts['total'] = '281.00';
      row.amounts['project'] = '281.00';
    }),
  },
  'TBL-SUM-003': {
    mistake: '基本支出表30101基本工资“合计”填401.00，人员经费为400.00。',
    document: standard(
      (d) => (rowOf(d, 'generalBudgetBasicExpenditure', '30101').amounts['total'] = '401.00'),
    ),
  },
  'TBL-SUM-004': {
    mistake: '收支总表“本年收入合计”填999.00，各项收入之和为1000.00。',
    document: standard(
      (d) => (rowOf(d, 'budgetSummary', 'incomeThisYear', 'income').amounts['incomeAmount'] = '999.00'),
    ),
  },
  'TBL-SUM-005': {
    mistake: '收支总表“支出总计”填1001.00，收入总计为1000.00。',
    document: standard(
      (d) =>
        (rowOf(d, 'budgetSummary', 'expenditureTotal', 'expenditure').amounts['expenditureAmount'] =
          '1001.00'),
    ),
  },
  'TBL-SUM-006': {
    mistake: '“三公”经费表“公务用车购置及运维费”留空，其下运行维护费为30.00（邯郸2022年原表即如此）。',
    document: standard((d) => (rowOf(d, 'threePublicExpenditure', 'vehicles').amounts = {})),
  },
  'TBL-SUM-007': {
    mistake: '河南样式收支总表基本支出“其中：财政拨款”填201.0，大于一般公共预算小计200.0。',
    document: henan(
      (d) =>
        (rowOf(d, 'budgetSummary', 'basic', 'expenditure').amounts['generalPublicBudgetAppropriation'] =
          '201.0'),
    ),
  },
  'TBL-NEG-001': {
    mistake: '基本支出表30113住房公积金填-1.00，同时把30101基本工资调高81.00，各项合计仍然相符。',
    document: standard((d) => {
      rowOf(d, 'generalBudgetBasicExpenditure', '30113').amounts = { total: '-1.00', personnel: '-1.00' };
      rowOf(d, 'generalBudgetBasicExpenditure', '30101').amounts = { total: '481.00', personnel: '481.00' };
    }),
  },
  'XTB-EXP-001': {
    mistake:
      '只有一般公共预算拨款的部门，一般公共预算支出表2040201行政运行基本支出填499.00，支出总表为500.00。',
    document: standard((d) => (rowOf(d, 'generalBudgetExpenditure', '2040201').amounts['basic'] = '499.00')),
  },
  'XTB-EXP-002': {
    mistake: '基本支出表合计填690.00，一般公共预算支出表基本支出为700.00。',
    document: standard(
      (d) => (rowOf(d, 'generalBudgetBasicExpenditure', 'total').amounts['total'] = '690.00'),
    ),
  },
  'XTB-EXP-003': {
    mistake: '收支总表“四、公共安全支出”填790.00，支出总表204类为800.00。',
    document: standard(
      (d) => (rowOf(d, 'budgetSummary', '204', 'expenditure').amounts['expenditureAmount'] = '790.00'),
    ),
  },
  'XTB-FIS-001': {
    mistake:
      '财政拨款收支总表“八、社会保障和就业支出”一般公共预算栏填110.00，一般公共预算支出表208类为120.00。',
    document: standard(
      (d) =>
        (rowOf(d, 'fiscalAppropriationSummary', '208', 'expenditure').amounts['generalPublicBudget'] =
          '110.00'),
    ),
  },
  'XTB-INC-001': {
    mistake: '收入总表2040220执法办案合计填270.00，支出总表为280.00。',
    document: standard((d) => (rowOf(d, 'incomeSummary', '2040220').amounts['total'] = '270.00')),
  },
  'XTB-3PB-001': {
    mistake: '“三公”经费表公务接待费填8.00，基本支出表30217公务接待费为10.00（邯郸2022年：45.01对46.46）。',
    document: standard((d) => {
      const row = rowOf(d, 'threePublicExpenditure', 'reception');
      row.amounts = { total: '8.00', generalPublicBudget: '8.00' };
    }),
  },
  'XTB-PRJ-001': {
    mistake: '两个项目绩效目标表金额合计270.00，支出总表项目支出为300.00。',
    document: standard((d) => (firstProject(d).amount = '250.00')),
  },
  'XTB-DPT-001': {
    mistake: '河南部门绩效目标表“资金结构·项目支出”填90.0，支出总表项目支出为100.0。',
    document: henan((d) => {
      const table = d.performance?.department?.targetTable;
      if (table) table.budget.project = '90.0';
    }),
  },
  'NAR-FIG-001': {
    mistake: '情况说明称“三公”经费50.00万元，“三公”经费表小计为40.00（邯郸2022年：906.49对726.08）。',
    document: standard((d) => {
      const total = figure(d, 'threePublic.total');
      total.amount = '50.00';
      total.text = '“三公”经费预算安排50.00万元';
    }),
  },
  'NAR-FIG-002': {
    mistake:
      '情况说明称增加50.00万元，其中基本支出增加33.00万元、项目支出增加20.00万元（邯郸2022年：1472.55＋1954.89≠3424.44）。',
    document: standard((d) => {
      const basic = figure(d, 'change.basic');
      basic.amount = '33.00';
      basic.text = '基本支出增加33.00万元';
    }),
  },
  'NAR-FIG-003': {
    mistake: '情况说明称“三公”经费50.00万元，所列三项合计40.00万元（邯郸2022年：906.49对734.51）。',
    document: standard((d) => {
      const total = figure(d, 'threePublic.total');
      total.amount = '50.00';
      total.text = '“三公”经费预算安排50.00万元';
    }),
  },
  'NAR-FIG-004': {
    mistake: '情况说明称基本支出700.00万元，包括人员经费610.00万元和公用经费100.00万元。',
    document: standard((d) => {
      const personnel = figure(d, 'expenditure.basic.personnel');
      personnel.amount = '610.00';
      personnel.text = '人员经费610.00万元';
    }),
  },
  'NAR-FIG-005': {
    mistake: '“支出说明”称支出预算1000.00万元，“比上年增减情况”称收支安排1001.00万元。',
    document: standard((d) => {
      const change = d.narrative?.sections.find((section) => section.kind === 'change');
      change?.figures.unshift({
        key: 'expenditure.total',
        amount: '1001.00',
        text: '2022年预算收支安排1001.00万元',
      });
    }),
  },
  'NAR-FIG-006': {
    mistake: '情况说明称政府采购预算20.00万元，政府采购预算表为空表。',
    document: standard((d) => {
      const procurement = figure(d, 'procurement.total');
      procurement.amount = '20.00';
      procurement.text = '安排政府采购预算20.00万元';
    }),
  },
  'NAR-FIG-007': {
    mistake: '情况说明称3个项目实行绩效目标管理，公开的项目绩效目标表只有2张。',
    document: standard((d) => {
      const section = d.narrative?.sections.find((candidate) => candidate.kind === 'performance');
      section?.figures.push({
        key: 'performance.projects.count',
        amount: '3',
        unit: '个',
        text: '3个项目实行绩效目标管理',
      });
    }),
  },
  'NAR-FIG-008': {
    mistake:
      '基本支出表安排31002办公设备购置10.00万元，情况说明称本年度拟购置固定资产0.00万元、政府采购预算0.00万元（邯郸2022年：74.53万元对0.00）。',
    document: standard((d) => {
      const rows = tableOf(d, 'generalBudgetBasicExpenditure').rows;
      rows.push(
        { code: '310', name: '资本性支出', amounts: { total: '10.00', public: '10.00' } },
        { code: '31002', name: '办公设备购置', amounts: { total: '10.00', public: '10.00' } },
      );
      const assets = d.narrative?.sections.find((section) => section.kind === 'assets');
      assets?.figures.push({
        key: 'assets.plannedPurchase',
        amount: '0.00',
        text: '本年度拟购置固定资产总额为0.00万元',
      });
    }),
  },
  'NAR-SEC-001': {
    mistake: '情况说明缺少财政拨款“三公”经费部分。',
    document: standard((d) => {
      if (d.narrative)
        d.narrative.sections = d.narrative.sections.filter((section) => section.kind !== 'threePublic');
    }),
  },
  'CLS-CODE-001': {
    mistake: '支出总表科目2080505误录为2880505，类级编码288不存在。',
    document: standard((d) => (rowOf(d, 'expenditureSummary', '2080505').code = '2880505')),
  },
  'CLS-CODE-002': {
    mistake: '支出总表科目2040220误录为2040288。',
    document: standard((d) => (rowOf(d, 'expenditureSummary', '2040220').code = '2040288')),
  },
  'CLS-NAME-001': {
    mistake: '支出总表科目2040220印作“执法勤务”。',
    document: standard((d) => (rowOf(d, 'expenditureSummary', '2040220').name = '执法勤务')),
  },
  'CLS-NAME-002': {
    mistake: '2022年支出总表科目20805印作2018年以前的名称“行政事业单位离退休”。',
    document: standard((d) => (rowOf(d, 'expenditureSummary', '20805').name = '行政事业单位离退休')),
  },
  'CLS-NAME-003': {
    mistake: '财政拨款收支总表204类印作“四、公共安全”（济源2020年即如此）。',
    document: standard(
      (d) => (rowOf(d, 'fiscalAppropriationSummary', '204', 'expenditure').name = '四、公共安全'),
    ),
  },
  'CLS-LINE-001': {
    mistake: '河南样式收支总表印有“3、债务利息支出”（2018年起为“债务利息及费用支出”，济源2020年即如此）。',
    document: henan((d) =>
      tableOf(d, 'budgetSummary').rows.push({
        side: 'expenditure',
        line: 'project.special.debtInterest',
        name: '3、债务利息支出',
        amounts: {},
      }),
    ),
  },
  'CLS-TREE-001': {
    mistake: '支出总表把2040220执法办案列到了208社会保障和就业支出之下。',
    document: standard((d) => moveRow(d, '2040220', '208')),
  },
  'CLS-DETL-001': {
    mistake: '支出总表22102住房改革支出下没有列出项级科目。',
    document: standard((d) => {
      const table = tableOf(d, 'expenditureSummary');
      table.rows = table.rows.filter((row) => row.code !== '2210201');
    }),
  },
  'CMP-TBL-001': {
    mistake: '未公开国有资本经营预算财政拨款支出表（济源2020年即如此）。',
    document: standard(
      (d) => (d.tables = d.tables.filter((table) => table.kind !== 'stateCapitalExpenditure')),
    ),
  },
  'CMP-TBL-002': {
    mistake: '政府性基金预算财政拨款支出表为空表，未注明原因（济源2020年四张空表均如此）。',
    document: standard((d) => (tableOf(d, 'govFundExpenditure').notes = [])),
  },
  'CMP-TBL-003': {
    mistake:
      '河南样式部门收入总体情况表未列数据，收支总表收入合计为300.0（济源2020年：27606.5万元收入、14342.1万元基本支出，两表皆空）。',
    document: henan((d) => {
      const table = tableOf(d, 'incomeSummary');
      table.rows = [];
      table.notes = [];
    }),
  },
  'CMP-TXT-001': {
    mistake: '项目用途写作“用于XX项目。”。',
    document: standard((d) => (firstProject(d).purpose = '用于XX项目。')),
  },
  'PRF-AMT-001': {
    mistake: '河南项目表“项目本年度金额”60.0大于“项目总金额”50.0（济源2020年第41个项目：210.00对150.00）。',
    document: henan((d) => (firstProject(d).totalAmount = '50.0')),
  },
  'PRF-CLS-001': {
    mistake: '涉密项目的绩效目标写出了实际内容。',
    document: () => {
      const document = validStandardBudgetWithClassifiedProject();
      const secret = document.performance?.projects.find((project) => project.classified);
      if (secret) secret.goals = ['打击电信网络诈骗，破案数提高10%'];
      return document;
    },
  },
  'PRF-CST-001': {
    mistake: '成本指标“项目总成本”指标值填“≥90%”（邯郸2022年多个项目“资金成本 ≥90 百分比”）。',
    document: standard((d) => (indicatorIn(d, '成本指标').target = '≥90%')),
  },
  'PRF-CST-002': {
    mistake: '成本指标填“≥280.00万元”（邯郸2022年“人均成本 ≥45054.96 元”）。',
    document: standard((d) => (indicatorIn(d, '成本指标').target = '≥280.00万元')),
  },
  'PRF-CST-003': {
    mistake: '成本指标填“≤2800万元”，项目金额为280.00万元（元、万元混淆）。',
    document: standard((d) => (indicatorIn(d, '成本指标').target = '≤2800万元')),
  },
  'PRF-DPT-001': {
    mistake: '未公开部门整体绩效目标。',
    document: standard((d) => {
      if (d.performance) delete d.performance.department;
    }),
  },
  'PRF-FND-001': {
    mistake: '项目金额280.00万元，财政资金来源填270.00万元。',
    document: standard((d) => {
      const [fiscal] = firstProject(d).fundSources;
      if (fiscal) fiscal.amount = '270.00';
    }),
  },
  'PRF-IND-001': {
    mistake: '时效指标值填“及时”（济源2020年常见）。',
    document: standard((d) => (indicatorIn(d, '时效指标').target = '及时')),
  },
  'PRF-IND-002': {
    mistake: '数量指标未填写指标值确定依据（邯郸2022年第22、43、44个项目整表依据栏空白）。',
    document: standard((d) => (indicatorIn(d, '数量指标').basis = '')),
  },
  'PRF-IND-003': {
    mistake: '质量指标值填“≥0%”。',
    document: standard((d) => (indicatorIn(d, '质量指标').target = '≥0%')),
  },
  'PRF-LVL-001': {
    mistake: '一级指标写作“产出”以外的“投入指标”。',
    document: standard((d) => {
      const [category] = firstProject(d).indicators;
      if (category) category.name = '投入指标';
    }),
  },
  'PRF-LVL-002': {
    mistake: '“效益指标”被错填在二级指标栏、列于产出指标下（邯郸2022年第51个项目即如此）。',
    document: standard((d) => {
      const [output] = firstProject(d).indicators;
      output?.groups.push({
        name: '效益指标',
        indicators: [{ name: '社会效益指标', description: '群众安全感', target: '≥90%', basis: '年度计划' }],
      });
    }),
  },
  'PRF-LVL-003': {
    mistake: '项目目标表没有效益指标。',
    document: standard((d) => {
      const project = firstProject(d);
      project.indicators = project.indicators.filter((category) => category.name !== '效益指标');
    }),
  },
  'PRF-LVL-004': {
    mistake: '产出指标下没有质量指标（邯郸2022年第22、48、53、54个项目没有成本指标）。',
    document: standard((d) => {
      const [output] = firstProject(d).indicators;
      if (output) output.groups = output.groups.filter((group) => group.name !== '质量指标');
    }),
  },
  'PRF-SPD-001': {
    mistake: '资金支出计划6月底20%，低于3月底的25%。',
    document: standard((d) => {
      const [, june] = firstProject(d).spendPlan;
      if (june) june.percent = '20';
    }),
  },
  'PRF-TBL-001': {
    mistake: '安排了项目支出，但没有任何项目绩效目标表。',
    document: standard((d) => {
      if (d.performance) d.performance.projects = [];
    }),
  },
  'PRF-TBL-002': {
    mistake: '项目目标表的绩效目标为空（邯郸2022年第25、53个项目即如此）。',
    document: standard((d) => (firstProject(d).goals = [])),
  },
  'PRF-TIM-001': {
    mistake: '2022年预算的时效指标填“2021年12月底前”（巨鹿2024年多个项目写2023年）。',
    document: standard((d) => (indicatorIn(d, '时效指标').target = '2021年12月底前')),
  },
  'PRV-IDN-001': {
    mistake: '项目用途中写出了经办人身份证号码。',
    document: standard((d) => (firstProject(d).purpose = '经办人身份证号11010519491231002X，负责采购。')),
  },
  'PRV-MOB-001': {
    mistake: '项目联系电话填写手机号码。',
    document: standard((d) => (firstProject(d).details = { contact: '财务科', phone: '13912345678' })),
  },
  'PRV-NAM-001': {
    mistake: '项目用途写有“项目负责人：张五星”。',
    document: standard((d) => (firstProject(d).purpose = '用于执法办案。项目负责人：张五星，负责组织实施。')),
  },
};
