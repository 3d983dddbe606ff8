import type { DepartmentTargetTable, Performance, TextBlock } from '@budgetflow/budget-domain';
import { LABELS } from '../labels';
import type { Block, Cell, GridTable, ProjectTargetView, Row } from './disclosure.model';
import { indicatorTable } from './indicator-table';
import { buildProjectView } from './project-target.part';

export interface PerformancePart {
  readonly blocks: Block[];
  readonly projects: ProjectTargetView[];
}

/**
 * 预算绩效信息: the department's goals (prose blocks, or Henan's 部门整体绩效目标表), 专项资金 and
 * every project's target table, numbered 1、2、… as printed.
 */
export const buildPerformance = (performance: Performance, includePersonal: boolean): PerformancePart => {
  const blocks: Block[] = [];
  const heading = (id: string, text: string, level: 4 | 5 | 6) =>
    blocks.push({ kind: 'heading', id, text, level });
  const department = performance.department;
  if (department) {
    heading('performance-department', LABELS.departmentGoals, 4);
    const parts = [
      ['performance-overall', LABELS.overallGoals, department.overall],
      ['performance-sub-goals', LABELS.subGoals, department.subGoals],
      ['performance-measures', LABELS.measures, department.measures],
    ] as const;
    for (const [id, text, textBlocks] of parts) {
      if (textBlocks.length === 0) continue;
      heading(id, text, 5);
      textBlocks.forEach((block, index) => blocks.push(...textBlockContent(`${id}-${index + 1}`, block)));
    }
    if (department.targetTable) blocks.push(...departmentTargetTable(department.targetTable));
  }
  heading('performance-special-funds', LABELS.specialFunds, 4);
  const specialFunds = performance.specialFunds.map((project, index) =>
    buildProjectView(project, index + 1, 'special-fund', includePersonal),
  );
  if (specialFunds.length === 0) blocks.push({ kind: 'paragraph', text: LABELS.noSpecialFunds });
  blocks.push(...specialFunds.map((project): Block => ({ kind: 'project', project })));
  const projects = performance.projects.map((project, index) =>
    buildProjectView(project, index + 1, 'project', includePersonal),
  );
  if (projects.length > 0) {
    heading('performance-projects', LABELS.projectTargets, 4);
    blocks.push(...projects.map((project): Block => ({ kind: 'project', project })));
  }
  return { blocks, projects: [...specialFunds, ...projects] };
};

const textBlockContent = (id: string, block: TextBlock): Block[] => [
  ...(block.heading ? [{ kind: 'heading', id, text: block.heading, level: 6 } as const] : []),
  ...block.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
  ...block.subBlocks.flatMap((sub): Block[] => [
    ...(sub.heading ? [{ kind: 'paragraph', text: sub.heading } as const] : []),
    ...sub.paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
  ]),
];

const row = (label: string, value: string | undefined, amount = false): Row => [
  { text: label, rowHeader: true },
  amount && value ? { text: value, amount: value, align: 'right' } : { text: value ?? '' },
];

/** Henan 部门(单位)绩效目标表: its facts, its main tasks and its indicators. */
const departmentTargetTable = (table: DepartmentTargetTable): Block[] => {
  const facts: GridTable = {
    id: 'department-target-facts',
    caption: LABELS.departmentTargetTable,
    header: [],
    body: [
      row('部门（单位）名称', table.unitName),
      row('年度履职目标', table.annualDutyGoal),
      row('部门预算总额（万元）', table.budget.total, true),
      row('资金来源·财政性资金（万元）', table.budget.fiscalFunds, true),
      row('资金来源·其他资金（万元）', table.budget.otherFunds, true),
      row('资金结构·基本支出（万元）', table.budget.basic, true),
      row('资金结构·项目支出（万元）', table.budget.project, true),
    ],
    columnCount: 2,
    columnWidths: [12, 48],
    notes: [],
  };
  const tasks: GridTable = {
    id: 'department-target-tasks',
    caption: `${LABELS.departmentTargetTable}·年度主要任务`,
    header: [['任务名称', '主要内容'].map((text): Cell => ({ text, align: 'center' }))],
    body: table.mainTasks.map((task): Row => [{ text: task.name }, { text: task.content }]),
    columnCount: 2,
    columnWidths: [20, 40],
    notes: [],
  };
  const indicators = indicatorTable(
    'department-target-indicators',
    `${LABELS.departmentTargetTable}·绩效指标`,
    table.indicators,
    false,
  );
  return [facts, tasks, indicators].map((grid): Block => ({ kind: 'table', table: grid }));
};
