import {
  flattenPerformanceIndicators,
  parseIndicatorTarget,
  type BudgetDocument,
  type IndicatorTarget,
  type PerformanceIndicator,
  type ProjectTarget,
} from '@budgetflow/budget-domain';

export interface IndexedIndicator {
  readonly category: string;
  readonly group: string;
  readonly indicator: PerformanceIndicator;
  readonly target: IndicatorTarget;
  /** `一级/二级/三级`, as a finding's `location.indicator`. */
  readonly label: string;
  readonly pointer: string;
}

export interface IndexedProject {
  readonly project: ProjectTarget;
  /** `/performance/projects/3` or `/performance/specialFunds/0`. */
  readonly pointer: string;
  /** `第4个项目「办公办案费」` style label used in messages. */
  readonly label: string;
  readonly indicators: readonly IndexedIndicator[];
}

/**
 * Every project target table (专项资金 and 预算项目) with parsed targets, computed once. The same
 * target text recurs hundreds of times (`≥90 百分比`, `=100%`, `及时`), so each distinct text is
 * parsed once per document.
 */
export const indexProjects = (document: BudgetDocument): IndexedProject[] => {
  const performance = document.performance;
  if (!performance) return [];
  const parsed = new Map<string, IndicatorTarget>();
  const parse = (text: string): IndicatorTarget => {
    let target = parsed.get(text);
    if (!target) {
      target = parseIndicatorTarget(text);
      parsed.set(text, target);
    }
    return target;
  };
  const lists = [
    ['specialFunds', performance.specialFunds, '专项资金'],
    ['projects', performance.projects, '项目'],
  ] as const;
  return lists.flatMap(([key, projects, noun]) =>
    projects.map((project, p) => {
      const pointer = `/performance/${key}/${p}`;
      return {
        project,
        pointer,
        label: `第${p + 1}个${noun}「${project.name}」`,
        indicators: flattenPerformanceIndicators(project.indicators).map(
          ({ category, group, indicator, path: [c, g, i] }) => ({
            category,
            group,
            indicator,
            target: parse(indicator.target),
            label: `${category}/${group}/${indicator.name}`,
            pointer: `${pointer}/indicators/${c}/groups/${g}/indicators/${i}`,
          }),
        ),
      };
    }),
  );
};
