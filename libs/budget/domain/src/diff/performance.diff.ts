import type { BudgetDocument } from '../document';
import type { DifferenceLog, Scope } from './difference-log';
import { diffDepartmentPerformance } from './department-performance.diff';
import { diffProjectTargets } from './project-targets.diff';

const PERFORMANCE: Scope = {
  area: 'department-performance',
  beforePath: '/performance',
  afterPath: '/performance',
  label: '预算绩效信息',
};

/** 预算绩效信息: the department's goals, then 专项资金 and 预算项目 target tables. */
export const diffPerformance = (log: DifferenceLog, before: BudgetDocument, after: BudgetDocument): void =>
  log.part(PERFORMANCE, before.performance, after.performance, (was, now) => {
    diffDepartmentPerformance(log, was.department, now.department);
    diffProjectTargets(log, '/performance/specialFunds', '专项资金', was.specialFunds, now.specialFunds);
    diffProjectTargets(log, '/performance/projects', '项目', was.projects, now.projects);
  });
