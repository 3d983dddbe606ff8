import { sourceError, type SourceLine } from './source-lines';
import { joinWrapped } from './text-layout';

/** One printed project table: `N.<title>` (may wrap), the owner line, then its cells. */
export interface ProjectBlock {
  readonly number: number;
  /** The title without its number, wrapped lines joined. */
  readonly title: string;
  readonly owner: { readonly code: string; readonly name: string };
  /** Every line after the owner line up to the next title. */
  readonly body: readonly SourceLine[];
}

const OWNER = /^(?<code>\d{6}) (?<name>\S+) 单位：万元$/;
const TITLE_START = /^(?<number>\d+)\.(?<rest>.+)$/;
/** The heading printed once before table 1. */
export const PROJECTS_HEADING = '预算项目绩效目标';

/**
 * Splits the project part into tables. A table is found by its owner line (`312001 巨鹿县公安局本级
 * 单位：万元`); its title is the line(s) above, starting at `N.`.
 */
export const splitProjectBlocks = (lines: readonly SourceLine[]): ProjectBlock[] => {
  const owners = lines.flatMap((line, index) => (OWNER.test(line.text) ? [index] : []));
  const titleStarts = owners.map((ownerAt) => {
    let start = ownerAt - 1;
    while (start > 0 && !TITLE_START.test(lines[start]?.text ?? '')) start -= 1;
    if (ownerAt - start > 2) throw sourceError(lines[ownerAt], 'a title of at most two lines above');
    return start;
  });
  return owners.map((ownerAt, i) => {
    const titleLines = lines.slice(titleStarts[i], ownerAt).map((line) => line.text);
    const title = TITLE_START.exec(joinWrapped(titleLines))?.groups;
    const owner = OWNER.exec(lines[ownerAt]?.text ?? '')?.groups;
    if (!title?.number || !title.rest || !owner?.code || !owner.name) {
      throw sourceError(lines[ownerAt], 'a numbered title and an owner line');
    }
    return {
      number: Number(title.number),
      title: title.rest,
      owner: { code: owner.code, name: owner.name },
      body: lines.slice(ownerAt + 1, titleStarts[i + 1] ?? lines.length),
    };
  });
};

/** Index of the 预算项目绩效目标 heading: the lines before it are 第一部分 部门整体绩效目标. */
export const projectsHeadingIndex = (lines: readonly SourceLine[]): number => {
  const headingAt = lines.findIndex((line) => line.text === PROJECTS_HEADING);
  if (headingAt < 0) throw sourceError(undefined, `the heading "${PROJECTS_HEADING}"`);
  return headingAt;
};
