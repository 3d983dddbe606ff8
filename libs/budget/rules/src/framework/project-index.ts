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
  /** Whether a 指标值确定依据 cell is printed for the indicator (`basis` set, even if blank). */
  hasBasis(i: number): boolean;
  /** Whether that cell holds text. */
  basisFilled(i: number): boolean;
}

export interface IndexedProject {
  readonly project: ProjectTarget;
  /** `/performance/projects/3` or `/performance/specialFunds/0`. */
  readonly pointer: string;
  /** `第4个项目「办公办案费」` style label used in messages. */
  readonly label: string;
  readonly indicators: IndicatorList;
}

/** What the indicators of one 二级 group share; the texts findings use are built when one asks. */
class GroupPlace {
  private pointerPrefix: string | undefined;
  private labelPrefix: string | undefined;

  constructor(
    private readonly projectPointer: string,
    readonly category: string,
    readonly group: string,
    /** The group's place in the project's tree. */
    private readonly c: number,
    private readonly g: number,
  ) {}

  /** `/performance/projects/3/indicators/0/groups/1/indicators/`. */
  pointer(): string {
    return (this.pointerPrefix ??= `${this.projectPointer}/indicators/${this.c}/groups/${this.g}/indicators/`);
  }

  /** `产出指标/数量指标/`. */
  label(): string {
    return (this.labelPrefix ??= `${this.category}/${this.group}/`);
  }
}

/**
 * The indicators of every project of a document, in one set of parallel arrays; each project's
 * list is a range of them. Per indicator: the indicator, its parsed target, its group in `places`
 * and its position in that group.
 */
interface IndicatorTable {
  readonly items: PerformanceIndicator[];
  readonly targets: IndicatorTarget[];
  readonly places: GroupPlace[];
  readonly placeOf: Uint32Array;
  readonly positionOf: Uint32Array;
  /** NO_BASIS, BLANK_BASIS or FILLED_BASIS. */
  readonly basisOf: Uint8Array;
}

const NO_BASIS = 0;
const BLANK_BASIS = 1;
const FILLED_BASIS = 2;

class ProjectIndicators implements IndicatorList {
  constructor(
    private readonly all: IndicatorTable,
    private readonly offset: number,
    readonly length: number,
  ) {}

  indicator(i: number): PerformanceIndicator {
    return this.all.items[this.offset + i];
  }

  target(i: number): IndicatorTarget {
    return this.all.targets[this.offset + i];
  }

  category(i: number): string {
    return this.place(i).category;
  }

  group(i: number): string {
    return this.place(i).group;
  }

  label(i: number): string {
    return this.place(i).label() + this.indicator(i).name;
  }

  pointer(i: number): string {
    return this.place(i).pointer() + String(this.all.positionOf[this.offset + i] ?? 0);
  }

  hasBasis(i: number): boolean {
    return this.all.basisOf[this.offset + i] !== NO_BASIS;
  }

  basisFilled(i: number): boolean {
    return this.all.basisOf[this.offset + i] === FILLED_BASIS;
  }

  private place(i: number): GroupPlace {
    return this.all.places[this.all.placeOf[this.offset + i] ?? 0];
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

/** Indicators in a list of projects (index loops: this runs over every group of every project). */
const indicatorCount = (projects: readonly ProjectTarget[]): number => {
  let count = 0;
  for (let p = 0; p < projects.length; p++) {
    const categories = projects[p].indicators;
    for (let c = 0; c < categories.length; c++) {
      const groups = categories[c].groups;
      for (let g = 0; g < groups.length; g++) count += groups[g].indicators.length;
    }
  }
  return count;
};

/**
 * Read with the target while the document is read in order: a rule reading each indicator's basis
 * later finds the indicators scattered in memory by then.
 */
const basisState = (basis: string | undefined): number =>
  basis === undefined ? NO_BASIS : basis.trim() === '' ? BLANK_BASIS : FILLED_BASIS;

/** A target from the process-wide cache, else from `overflow` (this document's, once that is full). */
const targetOf = (text: string, overflow: Map<string, IndicatorTarget>): IndicatorTarget => {
  let target = sharedTargets.get(text) ?? overflow.get(text);
  if (!target) {
    target = parseIndicatorTarget(text);
    if (sharedTargets.size < SHARED_TARGETS_LIMIT) sharedTargets.set(text, target);
    else overflow.set(text, target);
  }
  return target;
};

/**
 * Every project target table (专项资金 and 预算项目) with parsed targets, computed once. The same
 * target text recurs hundreds of times (`≥90 百分比`, `=100%`, `及时`), so each distinct text is
 * parsed once: found in the process-wide cache, or, once that is full, in one for this document.
 */
export const indexProjects = (document: BudgetDocument): IndexedProject[] => {
  const performance = document.performance;
  if (!performance) return [];
  const overflow = new Map<string, IndicatorTarget>();
  const lists = [
    ['specialFunds', performance.specialFunds, '专项资金'],
    ['projects', performance.projects, '项目'],
  ] as const;
  let total = 0;
  for (const [, list] of lists) total += indicatorCount(list);
  const all: IndicatorTable = {
    items: new Array<PerformanceIndicator>(total),
    targets: new Array<IndicatorTarget>(total),
    places: [],
    placeOf: new Uint32Array(total),
    positionOf: new Uint32Array(total),
    basisOf: new Uint8Array(total),
  };
  const projects: IndexedProject[] = [];
  let n = 0;
  for (const [key, list, noun] of lists) {
    for (let p = 0; p < list.length; p++) {
      const project = list[p];
      const pointer = `/performance/${key}/${p}`;
      const offset = n;
      for (let c = 0; c < project.indicators.length; c++) {
        const category = project.indicators[c];
        for (let g = 0; g < category.groups.length; g++) {
          const group = category.groups[g];
          if (group.indicators.length === 0) continue;
          const slot = all.places.length;
          all.places.push(new GroupPlace(pointer, category.name, group.name, c, g));
          for (let i = 0; i < group.indicators.length; i++) {
            const indicator = group.indicators[i];
            all.items[n] = indicator;
            all.targets[n] = targetOf(indicator.target, overflow);
            all.placeOf[n] = slot;
            all.positionOf[n] = i;
            all.basisOf[n] = basisState(indicator.basis);
            n++;
          }
        }
      }
      const indicators = new ProjectIndicators(all, offset, n - offset);
      projects.push(new Project(project, pointer, p, noun, indicators));
    }
  }
  return projects;
};
