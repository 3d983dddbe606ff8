import type { Performance } from '@budgetflow/budget-domain';
import { parseDepartmentGoals } from './department-goals';
import { parseProjectTargets } from './project-targets';
import { HandanSourceError, nonBlank, sliceAtHeadings, type SourceLine } from './source-lines';

const PARTS = [
  '五、预算绩效信息',
  '第一部分 部门整体绩效目标',
  '第二部分 专项资金绩效目标',
  '第三部分 预算项目绩效目标',
] as const;

/** Fails when a part that Handan prints as a bare heading has text after all. */
const expectHeadingOnly = (part: readonly SourceLine[]): void => {
  const [, first] = nonBlank(part);
  if (first) throw new HandanSourceError('unexpected text under a heading printed empty', first);
};

/** 五、预算绩效信息: department goals, the (empty) 专项资金 part and the project tables. */
export const parsePerformance = (lines: readonly SourceLine[]): Performance => {
  const [intro, department, specialFunds, projects] = sliceAtHeadings(lines, PARTS);
  expectHeadingOnly(intro);
  expectHeadingOnly(specialFunds);
  return {
    department: parseDepartmentGoals(department),
    specialFunds: [],
    projects: parseProjectTargets(projects),
  };
};
