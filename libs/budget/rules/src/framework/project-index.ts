import {
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

/** What the indicators of one 二级 group share. */
interface GroupPlace {
  readonly category: string;
  readonly group: string;
  /** Pointer of the project (`/performance/projects/3`) and the group's place in its tree. */
  readonly project: string;
  readonly c: number;
  readonly g: number;
}

/**
 * One indicator of a project. Its label and pointer are strings only a finding needs, so they are
 * built when read (rules read them when they report, not for every indicator they check).
 */
class ProjectIndicator implements IndexedIndicator {
  constructor(
    private readonly place: GroupPlace,
    readonly indicator: PerformanceIndicator,
    readonly target: IndicatorTarget,
    private readonly position: number,
  ) {}

  get category(): string {
    return this.place.category;
  }

  get group(): string {
    return this.place.group;
  }

  get label(): string {
    return `${this.place.category}/${this.place.group}/${this.indicator.name}`;
  }

  get pointer(): string {
    const { project, c, g } = this.place;
    return `${project}/indicators/${c}/groups/${g}/indicators/${this.position}`;
  }
}

class Project implements IndexedProject {
  private labelText: string | undefined;

  constructor(
    readonly project: ProjectTarget,
    readonly pointer: string,
    private readonly position: number,
    private readonly noun: string,
    readonly indicators: readonly IndexedIndicator[],
  ) {}

  get label(): string {
    if (this.labelText === undefined)
      this.labelText = `第${this.position + 1}个${this.noun}「${this.project.name}」`;
    return this.labelText;
  }
}

/**
 * Target texts are a small vocabulary across documents (`≥90%`, `=100%`, `及时`, `≤48万元`):
 * each is parsed once per process, up to a bound so that free text cannot grow the cache without
 * limit. Targets are value objects no rule modifies, so documents may share them.
 */
const sharedTargets = new Map<string, IndicatorTarget>();
const SHARED_TARGETS_LIMIT = 20_000;
const parsedTarget = (text: string): IndicatorTarget => {
  let target = sharedTargets.get(text);
  if (!target) {
    target = parseIndicatorTarget(text);
    if (sharedTargets.size < SHARED_TARGETS_LIMIT) sharedTargets.set(text, target);
  }
  return target;
};

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
      target = parsedTarget(text);
      parsed.set(text, target);
    }
    return target;
  };
  const lists = [
    ['specialFunds', performance.specialFunds, '专项资金'],
    ['projects', performance.projects, '项目'],
  ] as const;
  const projects: IndexedProject[] = [];
  for (const [key, list, noun] of lists) {
    for (let p = 0; p < list.length; p++) {
      const project = list[p];
      const pointer = `/performance/${key}/${p}`;
      const indicators: IndexedIndicator[] = [];
      for (let c = 0; c < project.indicators.length; c++) {
        const category = project.indicators[c];
        for (let g = 0; g < category.groups.length; g++) {
          const group = category.groups[g];
          if (group.indicators.length === 0) continue;
          const place: GroupPlace = { category: category.name, group: group.name, project: pointer, c, g };
          for (let i = 0; i < group.indicators.length; i++) {
            const indicator = group.indicators[i];
            indicators.push(new ProjectIndicator(place, indicator, parse(indicator.target), i));
          }
        }
      }
      projects.push(new Project(project, pointer, p, noun, indicators));
    }
  }
  return projects;
};
