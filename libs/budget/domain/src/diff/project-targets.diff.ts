import type { FundSourceAmount, ProjectDetails, ProjectTarget, SpendPlanPoint } from '../document';
import { joinLabel, within, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';
import { diffIndicators } from './indicators.diff';
import { byCodeThenName } from './match-by-identity';

type ProjectOwner = NonNullable<ProjectTarget['owner']>;

const PROJECT_FIELDS: FieldLabels<ProjectTarget> = {
  code: '项目编码',
  name: '项目名称',
  title: '标题',
  classified: '涉密',
  amount: '本年度金额',
  totalAmount: '项目总金额',
  previousYearTotalAmount: '上年度项目总金额',
  previousYearAmount: '项目上年度金额',
  purpose: '预算规模及资金用途',
  fundUse: '资金用途',
  goals: '绩效目标',
  overallGoal: '项目总目标',
  annualGoal: '年度绩效目标',
};
const OWNER_FIELDS: FieldLabels<ProjectOwner> = { code: '单位编码', name: '单位名称' };
const DETAIL_FIELDS: FieldLabels<ProjectDetails> = {
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
  remarks: '备注',
};
const FUND_SOURCE_FIELDS: FieldLabels<FundSourceAmount> = { label: '名称', amount: '金额' };
const SPEND_PLAN_FIELDS: FieldLabels<SpendPlanPoint> = { percent: '累计支出比例（%）' };

/**
 * One list of project target tables (预算项目 or 专项资金), projects by code, else by name. A project
 * added or removed is reported once, its indicators with it.
 */
export const diffProjectTargets = (
  log: DifferenceLog,
  listPath: string,
  kindLabel: string,
  before: readonly ProjectTarget[],
  after: readonly ProjectTarget[],
): void =>
  log.list({
    area: 'project',
    beforePath: listPath,
    afterPath: listPath,
    before,
    after,
    identity: byCodeThenName(),
    label: (project) => `${kindLabel}「${project.name}」`,
    compare: (scope, was, now) => diffProject(log, scope, was, now),
  });

const diffProject = (
  log: DifferenceLog,
  project: Scope,
  before: ProjectTarget,
  after: ProjectTarget,
): void => {
  log.fields(project, before, after, PROJECT_FIELDS);
  log.fields<ProjectOwner>(within(project, 'owner'), before.owner ?? {}, after.owner ?? {}, OWNER_FIELDS);
  log.fields<ProjectDetails>(
    within(project, 'details'),
    before.details ?? {},
    after.details ?? {},
    DETAIL_FIELDS,
  );
  log.list({
    area: 'project',
    beforePath: `${project.beforePath}/fundSources`,
    afterPath: `${project.afterPath}/fundSources`,
    before: before.fundSources,
    after: after.fundSources,
    identity: (fundSource) => fundSource.source,
    label: (fundSource) => joinLabel(project.label, `资金来源「${fundSource.label}」`),
    compare: (scope, was, now) => log.fields(scope, was, now, FUND_SOURCE_FIELDS),
  });
  log.list({
    area: 'project',
    beforePath: `${project.beforePath}/spendPlan`,
    afterPath: `${project.afterPath}/spendPlan`,
    before: before.spendPlan,
    after: after.spendPlan,
    identity: (point) => point.period,
    label: (point) => joinLabel(project.label, `资金支出计划「${point.period}」`),
    compare: (scope, was, now) => log.fields(scope, was, now, SPEND_PLAN_FIELDS),
  });
  diffIndicators(
    log,
    { ...within(project, 'indicators'), area: 'indicator' },
    before.indicators,
    after.indicators,
  );
};
