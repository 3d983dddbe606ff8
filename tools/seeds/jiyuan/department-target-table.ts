import type {
  DepartmentTargetTable,
  PerformanceIndicator,
  PerformanceIndicatorCategory,
  PerformanceIndicatorGroup,
} from '@budgetflow/budget-domain';
import {
  amountOf,
  cellAt,
  expectBlankFrom,
  isBlank,
  JiyuanSourceError,
  type SourceLine,
} from './source-lines';

/**
 * 济源市公安局绩效目标表 (2020年度): the Henan department target table. Rows are keyed by the label
 * in the first column; 年度主要任务 and the indicators continue on rows whose first cell is blank.
 */

/** `济源市公安局绩效目标表`, not a project sheet's `…支出项目绩效目标表`. */
export const DEPARTMENT_TABLE_TITLE = /^(?!.*支出项目绩效目标表$)(.+)绩效目标表$/;

const BUDGET_LABELS: Readonly<Record<string, keyof DepartmentTargetTable['budget']>> = {
  '部门预算总额(万元)': 'total',
  '1、资金来源：(1)财政性资金': 'fiscalFunds',
  '(2)其他资金': 'otherFunds',
  '2、资金结构：(1)基本支出': 'basic',
  '(2)项目支出': 'project',
};

type Section = 'head' | 'tasks' | 'budget' | 'indicators';

/**
 * Indicator rows as printed. Unlike the project sheets, this table's merged 一级/二级 labels are
 * printed on the first row of their block (投入管理指标 on 年度履职目标相关性, the first of its rows),
 * so each label opens a block there. Where a block looks misplaced (资产管理 over 资金使用合规性,
 * 满意度 over 采购装备数量) that is how the authors laid it out, and it is kept.
 */
const indicatorTree = (rows: readonly SourceLine[]): PerformanceIndicatorCategory[] => {
  const tree: PerformanceIndicatorCategory[] = [];
  let group: PerformanceIndicatorGroup | undefined;
  for (const line of rows) {
    const [category, groupName, name, target, targetNote] = [0, 1, 2, 3, 4].map((i) => cellAt(line, i));
    expectBlankFrom(line, 5);
    if (category !== '') tree.push({ name: category, groups: [] });
    const current = tree[tree.length - 1];
    if (groupName !== '') {
      if (!current) throw new JiyuanSourceError('二级指标 before any 一级指标', line);
      group = { name: groupName, indicators: [] };
      current.groups.push(group);
    }
    if (!group) throw new JiyuanSourceError('三级指标 before any 二级指标', line);
    const indicator: PerformanceIndicator = { name, target, ...(targetNote === '' ? {} : { targetNote }) };
    group.indicators.push(indicator);
  }
  return tree;
};

export const parseDepartmentTargetTable = (lines: readonly SourceLine[]): DepartmentTargetTable => {
  const [title, period, ...rows] = lines.filter((line) => !isBlank(line));
  if (
    !DEPARTMENT_TABLE_TITLE.test(title?.text.trim() ?? '') ||
    !/^\(\d{4}年度\)$/.test(period?.text.trim() ?? '')
  ) {
    throw new JiyuanSourceError('expected the department target table title', title);
  }
  let unitName: string | undefined;
  let annualDutyGoal: string | undefined;
  const mainTasks: DepartmentTargetTable['mainTasks'] = [];
  const budget: DepartmentTargetTable['budget'] = {};
  const indicatorRows: SourceLine[] = [];
  let section: Section = 'head';
  for (const line of rows) {
    const label = cellAt(line, 0);
    if (label === '部门(单位)名称') {
      unitName = line.cells.slice(1).find((cell) => cell !== '');
    } else if (label === '年度履职目标') {
      annualDutyGoal = cellAt(line, 1);
      expectBlankFrom(line, 2);
    } else if (label === '年度主要任务') {
      if (cellAt(line, 1) !== '任务名称' || cellAt(line, 2) !== '主要内容') {
        throw new JiyuanSourceError('expected the 任务名称/主要内容 header', line);
      }
      section = 'tasks';
    } else if (label === '一级指标') {
      section = 'indicators';
    } else if (label === '预算情况' || (label === '' && section === 'budget')) {
      section = 'budget';
      const key = BUDGET_LABELS[cellAt(line, 1)];
      if (key === undefined) throw new JiyuanSourceError('unknown 预算情况 line', line);
      expectBlankFrom(line, 3);
      const amount = amountOf(cellAt(line, 2), line);
      if (amount !== undefined) budget[key] = amount;
    } else if (label === '' && section === 'tasks') {
      expectBlankFrom(line, 3);
      mainTasks.push({ name: cellAt(line, 1), content: cellAt(line, 2) });
    } else if (section === 'indicators') {
      indicatorRows.push(line);
    } else {
      throw new JiyuanSourceError('unexpected line in the department target table', line);
    }
  }
  if (unitName === undefined || annualDutyGoal === undefined) {
    throw new JiyuanSourceError('department target table lacks 部门(单位)名称 or 年度履职目标');
  }
  return { unitName, annualDutyGoal, mainTasks, budget, indicators: indicatorTree(indicatorRows) };
};
