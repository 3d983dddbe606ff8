import type { DepartmentPerformance, DepartmentTargetTable, TextBlock } from '../document';
import { joinLabel, within, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';
import { diffIndicators } from './indicators.diff';

type TargetBudget = DepartmentTargetTable['budget'];
type MainTask = DepartmentTargetTable['mainTasks'][number];
type SubBlock = TextBlock['subBlocks'][number];

const DEPARTMENT: Scope = {
  area: 'department-performance',
  beforePath: '/performance/department',
  afterPath: '/performance/department',
  label: '部门绩效目标',
};
const TARGET_TABLE: Scope = { ...within(DEPARTMENT, 'targetTable'), label: '部门绩效目标表' };

const TEXT_LISTS = [
  ['overall', '总体绩效目标'],
  ['subGoals', '分项绩效目标'],
  ['measures', '工作保障措施'],
] as const satisfies readonly (readonly [keyof DepartmentPerformance, string])[];

const PARAGRAPHS: FieldLabels<SubBlock> = { paragraphs: '正文' };
const TARGET_TABLE_FIELDS: FieldLabels<DepartmentTargetTable> = {
  unitName: '部门（单位）名称',
  annualDutyGoal: '年度履职目标',
};
const MAIN_TASK_FIELDS: FieldLabels<MainTask> = { content: '主要内容' };
const BUDGET_FIELDS: FieldLabels<TargetBudget> = {
  total: '部门预算总额',
  fiscalFunds: '资金来源·财政性资金',
  otherFunds: '资金来源·其他资金',
  basic: '资金结构·基本支出',
  project: '资金结构·项目支出',
};

/** 部门整体绩效目标: prose blocks by heading, and the Henan department target table. */
export const diffDepartmentPerformance = (
  log: DifferenceLog,
  before: DepartmentPerformance | undefined,
  after: DepartmentPerformance | undefined,
): void =>
  log.part(DEPARTMENT, before, after, (was, now) => {
    for (const [key, label] of TEXT_LISTS) {
      diffTextBlocks(
        log,
        { ...within(DEPARTMENT, key), label: joinLabel(DEPARTMENT.label, label) },
        was[key],
        now[key],
      );
    }
    log.part(TARGET_TABLE, was.targetTable, now.targetTable, (wasTable, nowTable) =>
      diffTargetTable(log, wasTable, nowTable),
    );
  });

/** Blocks and sub-blocks by heading (a block may have none); paragraphs compared as one text. */
const diffTextBlocks = (
  log: DifferenceLog,
  list: Scope,
  before: readonly TextBlock[],
  after: readonly TextBlock[],
): void =>
  log.list({
    ...list,
    before,
    after,
    identity: (block) => block.heading ?? '',
    label: (block) => joinLabel(list.label, block.heading),
    compare: (scope, was, now) => {
      log.fields(scope, was, now, PARAGRAPHS);
      log.list({
        ...within(scope, 'subBlocks'),
        before: was.subBlocks,
        after: now.subBlocks,
        identity: (block) => block.heading ?? '',
        label: (block) => joinLabel(scope.label, block.heading),
        compare: (subScope, wasSub, nowSub) => log.fields(subScope, wasSub, nowSub, PARAGRAPHS),
      });
    },
  });

const diffTargetTable = (
  log: DifferenceLog,
  before: DepartmentTargetTable,
  after: DepartmentTargetTable,
): void => {
  log.fields(TARGET_TABLE, before, after, TARGET_TABLE_FIELDS);
  log.list({
    ...within(TARGET_TABLE, 'mainTasks'),
    before: before.mainTasks,
    after: after.mainTasks,
    identity: (task) => task.name,
    label: (task) => joinLabel(TARGET_TABLE.label, `年度主要任务「${task.name}」`),
    compare: (scope, was, now) => log.fields(scope, was, now, MAIN_TASK_FIELDS),
  });
  log.fields(
    { ...within(TARGET_TABLE, 'budget'), label: joinLabel(TARGET_TABLE.label, '预算情况') },
    before.budget,
    after.budget,
    BUDGET_FIELDS,
  );
  diffIndicators(
    log,
    { ...within(TARGET_TABLE, 'indicators'), area: 'indicator' },
    before.indicators,
    after.indicators,
  );
};
