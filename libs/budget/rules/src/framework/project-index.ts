import {
  parseIndicatorTarget,
  type BudgetDocument,
  type IndicatorTarget,
  type PerformanceIndicator,
  type ProjectTarget,
} from '@budgetflow/budget-domain';

/**
 * A project's indicators in printed order (一级, then 二级, then 三级), read by position. Held as
 * parallel arrays rather than one object per indicator: a large budget has tens of thousands of
 * indicators, every rule walks them, and only the few a finding names need a label or a pointer.
 */
export interface IndicatorList {
  readonly length: number;
  indicator(i: number): PerformanceIndicator;
  target(i: number): IndicatorTarget;
  /** 一级 name as printed. */
  category(i: number): string;
  /** 二级 name as printed. */
  group(i: number): string;
  /** `一级/二级/三级`, as a finding's `location.indicator`. */
  label(i: number): string;
  /** `/performance/projects/3/indicators/0/groups/1/indicators/2`. */
  pointer(i: number): string;
}

export interface IndexedProject {
  readonly project: ProjectTarget;
  /** `/performance/projects/3` or `/performance/specialFunds/0`. */
  readonly pointer: string;
  /** `第4个项目「办公办案费」` style label used in messages. */
  readonly label: string;
  readonly indicators: IndicatorList;
}

/** What the indicators of one 二级 group share. */
interface GroupPlace {
  readonly category: string;
  readonly group: string;
  /** The group's place in the project's tree. */
  readonly c: number;
  readonly g: number;
}

class ProjectIndicators implements IndicatorList {
  constructor(
    private readonly projectPointer: string,
    private readonly items: readonly PerformanceIndicator[],
    private readonly targets: readonly IndicatorTarget[],
    private readonly places: readonly GroupPlace[],
    /** Per indicator: its group in `places`, and its position in that group. */
    private readonly placeOf: Uint32Array,
    private readonly positionOf: Uint32Array,
  ) {}

  get length(): number {
    return this.items.length;
  }

  indicator(i: number): PerformanceIndicator {
    return this.items[i];
  }

  target(i: number): IndicatorTarget {
    return this.targets[i];
  }

  category(i: number): string {
    return this.places[this.placeOf[i] ?? 0].category;
  }

  group(i: number): string {
    return this.places[this.placeOf[i] ?? 0].group;
  }

  label(i: number): string {
    const place = this.places[this.placeOf[i] ?? 0];
    return `${place.category}/${place.group}/${this.indicator(i).name}`;
  }

  pointer(i: number): string {
    const { c, g } = this.places[this.placeOf[i] ?? 0];
    return `${this.projectPointer}/indicators/${c}/groups/${g}/indicators/${this.positionOf[i] ?? 0}`;
  }
}

class Project implements IndexedProject {
  private labelText: string | undefined;

  constructor(
    readonly project: ProjectTarget,
    readonly pointer: string,
    private readonly position: number,
    private readonly noun: string,
    readonly indicators: IndicatorList,
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

/**
 * Every project target table (专项资金 and 预算项目) with parsed targets, computed once. The same
 * target text recurs hundreds of times (`≥90 百分比`, `=100%`, `及时`), so each distinct text is
 * parsed once: found in the process-wide cache, or, once that is full, in one for this document.
 */
export const indexProjects = (document: BudgetDocument): IndexedProject[] => {
  const performance = document.performance;
  if (!performance) return [];
  let overflow: Map<string, IndicatorTarget> | undefined;
  const parse = (text: string): IndicatorTarget => {
    const shared = sharedTargets.get(text);
    if (shared) return shared;
    let target = overflow?.get(text);
    if (!target) {
      target = parseIndicatorTarget(text);
      if (sharedTargets.size < SHARED_TARGETS_LIMIT) sharedTargets.set(text, target);
      else (overflow ??= new Map()).set(text, target);
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
      let count = 0;
      for (const category of project.indicators)
        for (const group of category.groups) count += group.indicators.length;
      const items: PerformanceIndicator[] = new Array<PerformanceIndicator>(count);
      const targets: IndicatorTarget[] = new Array<IndicatorTarget>(count);
      const placeOf = new Uint32Array(count);
      const positionOf = new Uint32Array(count);
      const places: GroupPlace[] = [];
      let n = 0;
      for (let c = 0; c < project.indicators.length; c++) {
        const category = project.indicators[c];
        for (let g = 0; g < category.groups.length; g++) {
          const group = category.groups[g];
          if (group.indicators.length === 0) continue;
          const slot = places.length;
          places.push({ category: category.name, group: group.name, c, g });
          for (let i = 0; i < group.indicators.length; i++) {
            const indicator = group.indicators[i];
            items[n] = indicator;
            targets[n] = parse(indicator.target);
            placeOf[n] = slot;
            positionOf[n] = i;
            n++;
          }
        }
      }
      const indicators = new ProjectIndicators(pointer, items, targets, places, placeOf, positionOf);
      projects.push(new Project(project, pointer, p, noun, indicators));
    }
  }
  return projects;
};
