import type {
  PerformanceIndicator,
  PerformanceIndicatorCategory,
  PerformanceIndicatorTree,
  ProjectTarget,
} from '@budgetflow/budget-domain';
import { cellsOf, HandanSourceError, nonBlank, type SourceLine } from './source-lines';

/** `12、ZK 转移支付-反恐工作经费绩效目标表`: number, name, fixed suffix. */
const TITLE = /^(?<number>\d+)、(?<name>.+)绩效目标表$/;
const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];
const CLASSIFIED = '涉密';

const isTitle = (line: SourceLine): boolean => !line.text.includes('\t') && TITLE.test(line.text.trim());

/**
 * The 绩效目标 cell numbers its goals `1. … 2. …`. Only the next number in sequence opens a goal,
 * so `目标内容 11. 协助…` (#33, printed that way) or `1-12 月` stay inside their goal.
 */
export const splitGoals = (cell: string): string[] => {
  if (cell === '') return [];
  if (!cell.startsWith('1. ')) return [cell];
  const goals: string[] = [];
  let rest = cell.slice('1. '.length);
  for (let next = 2; ; next += 1) {
    const at = rest.search(new RegExp(`\\s${next}\\. `));
    if (at < 0) break;
    goals.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trimStart().slice(`${next}. `.length);
  }
  goals.push(rest.trim());
  return goals;
};

const indicatorOf = ([, , name, description, target, basis]: string[]): PerformanceIndicator => ({
  name,
  ...(description !== '' ? { description } : {}),
  target,
  ...(basis !== '' ? { basis } : {}),
});

/**
 * Rows as printed, by column position (a visibly shifted row stays shifted, docs: #51). A blank
 * 一级 continues the previous one; consecutive rows with the same 二级 form one group, and a 二级
 * that comes back after another group starts a new group.
 */
const indicatorTree = (rows: readonly SourceLine[]): PerformanceIndicatorTree => {
  const tree: PerformanceIndicatorCategory[] = [];
  for (const line of rows) {
    const cells = cellsOf(line);
    if (cells.length !== INDICATOR_HEADER.length) throw new HandanSourceError('expected six cells', line);
    const [level1, level2] = cells;
    if (level1 !== '') tree.push({ name: level1, groups: [] });
    const category = tree[tree.length - 1];
    if (!category) throw new HandanSourceError('indicator row before any 一级指标', line);
    const group = category.groups[category.groups.length - 1];
    if (group?.name === level2) group.indicators.push(indicatorOf(cells));
    else category.groups.push({ name: level2, indicators: [indicatorOf(cells)] });
  }
  return tree;
};

/** A project whose every indicator cell reads 涉密 (#6, #8–#17); #26 hides only its goal. */
const isClassified = (tree: PerformanceIndicatorTree): boolean => {
  const indicators = tree.flatMap((category) => category.groups.flatMap((group) => group.indicators));
  return (
    indicators.length > 0 &&
    indicators.every((i) => [i.name, i.description, i.target, i.basis].every((cell) => cell === CLASSIFIED))
  );
};

const parseProject = ([titleLine, ...body]: SourceLine[]): ProjectTarget => {
  const title = titleLine.text.trim();
  const name = (TITLE.exec(title)?.groups?.['name'] ?? '').trim();
  let goalCell: string | undefined;
  const rows: SourceLine[] = [];
  for (const line of body) {
    const cells = cellsOf(line);
    // The 绩效目标 row comes before the header, or after it (#5, #51).
    if (cells[0] === '绩效目标') {
      if (goalCell !== undefined) throw new HandanSourceError('second 绩效目标 row', line);
      goalCell = cells[1] ?? '';
    } else if (cells.join('\t') === INDICATOR_HEADER.join('\t')) {
      if (rows.length > 0) throw new HandanSourceError('indicator header inside the table', line);
    } else rows.push(line);
  }
  if (goalCell === undefined) throw new HandanSourceError('project without 绩效目标 row', titleLine);
  const indicators = indicatorTree(rows);
  return {
    name,
    title: title.replace(/^\d+、/, ''),
    classified: isClassified(indicators),
    fundSources: [],
    spendPlan: [],
    goals: splitGoals(goalCell),
    indicators,
  };
};

/** `lines` runs from 第三部分 预算项目绩效目标 to the next 情况说明 section; projects are numbered 1…n. */
export const parseProjectTargets = (lines: readonly SourceLine[]): ProjectTarget[] => {
  const projects: SourceLine[][] = [];
  for (const line of nonBlank(lines.slice(1))) {
    if (isTitle(line)) {
      const number = Number(TITLE.exec(line.text.trim())?.groups?.['number']);
      if (number !== projects.length + 1)
        throw new HandanSourceError(`expected project ${projects.length + 1}`, line);
      projects.push([line]);
    } else if (projects.length === 0) throw new HandanSourceError('text before the first project', line);
    else projects[projects.length - 1].push(line);
  }
  return projects.map(parseProject);
};
