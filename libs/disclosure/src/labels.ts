import type { NarrativeSectionKind, TableKind } from '@budgetflow/budget-domain';

/**
 * Every fixed Chinese string the disclosure prints, in one place, so the five formats say the same
 * thing and a wording change is one edit. Wording follows the real disclosures in
 * shared/seed-documents (邯郸 2022 first).
 */
export const LABELS = {
  toc: '目录',
  budgetPart: '第一部分 部门预算',
  explanationPart: '第二部分 情况说明',
  seq: '序号',
  columnNumber: '栏次',
  code: '科目编码',
  name: '科目名称',
  item: '项目',
  income: '收入',
  expenditure: '支出',
  unitCode: '单位代码',
  functionalClass: '功能分类科目',
  economicClass: '支出部门经济分类科目',
  fiscalYear: (year: number) => `预算年度：${year}`,
  unitOfMeasure: (unit: string) => `单位：${unit}`,
  classified: '涉密',
  noTablesNotice: '本文件未包含部门预算表。',
  departmentGoals: '（一）部门整体绩效目标',
  overallGoals: '1．总体绩效目标',
  subGoals: '2．分项绩效目标',
  measures: '3．工作保障措施',
  departmentTargetTable: '部门（单位）整体绩效目标表',
  specialFunds: '（二）专项资金绩效目标',
  noSpecialFunds: '无专项资金绩效目标。',
  projectTargets: '（三）预算项目绩效目标',
  projectTable: (seq: number, title: string) => `${seq}、${title}`,
  projectTitle: (name: string) => `${name}绩效目标表`,
  projectFacts: (title: string) => `${title}（基本信息）`,
  subUnitTable: '部门机构设置情况',
  duties: '部门职责：',
  structure: '机构设置：',
  correction: (supersedes: string, reason: string) =>
    `更正说明：本公开文件更正并取代 ${supersedes}。更正原因：${reason}`,
  generatedAt: (date: string) => `生成日期：${date}`,
} as const;

/** 一级/二级 names of the national template and the Henan 2020 template: these may stay on a classified project. */
export const TEMPLATE_INDICATOR_NAMES: ReadonlySet<string> = new Set([
  '产出指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '效益指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '满意度指标',
  '服务对象满意度指标',
  '投入与目标管理',
  '投入管理',
  '财务管理',
  '项目管理',
  '资产管理',
  '产出目标',
  '数量',
  '质量',
  '时效',
  '成本',
  '效果目标',
  '经济效益',
  '社会效益',
  '环境效益',
  '满意度',
  '影响力目标',
  '长效管理',
  '人力资源',
  '部门协助',
  '配套设施',
  '信息共享',
  '其它',
]);

/** What an empty table's standard note says is absent (「注：无…，空表列示。」). */
const EMPTY_TABLE_SUBJECT: Readonly<Record<TableKind, string>> = {
  budgetSummary: '部门预算收支',
  incomeSummary: '部门预算收入',
  expenditureSummary: '部门预算支出',
  fiscalAppropriationSummary: '财政拨款收支',
  generalBudgetExpenditure: '一般公共预算财政拨款支出',
  generalBudgetBasicExpenditure: '一般公共预算财政拨款基本支出',
  govFundExpenditure: '政府性基金预算财政拨款预算',
  stateCapitalExpenditure: '国有资本经营预算财政拨款预算',
  threePublicExpenditure: '财政拨款“三公”经费预算',
  economicClassSummary: '支出经济分类汇总数据',
};

export const emptyTableNote = (kind: TableKind): string => `注：无${EMPTY_TABLE_SUBJECT[kind]}，空表列示。`;

/** Parent header printed above some kinds' amount columns (邯郸: 一般公共预算基本支出 over 合计/人员经费/公用经费). */
export const AMOUNT_HEADER_GROUP: Partial<Record<TableKind, string>> = {
  generalBudgetBasicExpenditure: '一般公共预算基本支出',
  threePublicExpenditure: '资金性质',
};

/** Headings for a document without a narrative, by the section they stand for. */
export const DEFAULT_SECTION_HEADINGS: Partial<Record<NarrativeSectionKind, string>> = {
  unitProfile: '部门职责及机构设置情况',
  performance: '预算绩效信息',
  procurement: '政府采购预算情况',
  assets: '国有资产信息',
};

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Project facts, in the order the Henan sheet and the Julu header print them. */
export const PROJECT_FACT_LABELS = {
  code: '项目编码',
  owner: '单位',
  fundUse: '资金用途',
  amount: '项目本年度金额（万元）',
  totalAmount: '项目总金额（万元）',
  previousYearTotalAmount: '上年度项目总金额（万元）',
  previousYearAmount: '项目上年度金额（万元）',
  purpose: '预算规模及资金用途',
  spendPlan: '资金支出计划（%）',
  startDate: '开始时间',
  endDate: '结束时间',
  manager: '项目负责人',
  contact: '联系人',
  phone: '联系电话',
  implementingBody: '实施主体',
  overview: '项目概况',
  basis: '立项依据',
  necessity: '项目设立的必要性',
  supportingMeasures: '项目配套制度措施',
  implementationPlan: '项目实施计划',
  overallGoal: '项目总目标',
  annualGoal: '年度绩效目标',
  goals: '绩效目标',
  remarks: '备注',
} as const;

export const INDICATOR_COLUMN_LABELS = {
  category: '一级指标',
  group: '二级指标',
  indicator: '三级指标',
  description: '绩效指标描述',
  target: '指标值',
  basis: '指标值确定依据',
  targetNote: '指标值说明',
} as const;
