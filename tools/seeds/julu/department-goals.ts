import type { DepartmentPerformance, TextBlock } from '@budgetflow/budget-domain';
import { sourceError, type SourceLine } from './source-lines';
import { displayWidth, joinWrapped } from './text-layout';

/**
 * A paragraph's text runs to about 66 columns; its first line is indented by two characters. A
 * line that ends a sentence well short of the margin therefore ends its paragraph (line 16 ends
 * the first 总体绩效目标 paragraph at 62 columns, line 18 starts the second, indented).
 */
const FULL_LINE_WIDTH = 64;
const endsParagraph = (text: string): boolean => /[。；]$/.test(text) && displayWidth(text) < FULL_LINE_WIDTH;

const toParagraphs = (lines: readonly SourceLine[]): string[] => {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const { text } of lines) {
    current.push(text);
    if (endsParagraph(text)) {
      paragraphs.push(joinWrapped(current));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(joinWrapped(current));
  return paragraphs;
};

const indexOfText = (lines: readonly SourceLine[], text: string, from = 0): number => {
  const index = lines.findIndex((line, i) => i >= from && line.text === text);
  if (index < 0) throw sourceError(lines[from], `the heading "${text}"`);
  return index;
};

/** 二、分项绩效目标: one block per （一）… heading (wrapped), then 绩效目标：… and 绩效指标：…. */
const toSubGoals = (lines: readonly SourceLine[]): TextBlock[] => {
  const blocks: SourceLine[][] = [];
  for (const line of lines) {
    if (/^（[一二三四五六七八九十]+）/.test(line.text)) blocks.push([]);
    const block = blocks.at(-1);
    if (!block) throw sourceError(line, 'a （一） sub-goal heading');
    block.push(line);
  }
  return blocks.map((block) => {
    const body = block.findIndex((line) => /^绩效(目标|指标)：/.test(line.text));
    if (body < 0) throw sourceError(block[0], 'a 绩效目标： paragraph');
    const paragraphs: SourceLine[][] = [];
    for (const line of block.slice(body)) {
      if (/^绩效(目标|指标)：/.test(line.text)) paragraphs.push([]);
      paragraphs.at(-1)?.push(line);
    }
    return {
      heading: joinWrapped(block.slice(0, body).map((line) => line.text)),
      paragraphs: paragraphs.map((paragraph) => joinWrapped(paragraph.map((line) => line.text))),
      subBlocks: [],
    };
  });
};

/**
 * 第一部分 部门整体绩效目标 (the lines before 预算项目绩效目标). The part and section headings
 * (第一部分, 部门整体绩效目标, 一、…, 二、…, 三、…) and the label 分项绩效目标 are not stored: the
 * model's overall/subGoals/measures say what they are. 总体绩效目标 is kept as the block heading.
 */
export const parseDepartmentGoals = (lines: readonly SourceLine[]): DepartmentPerformance => {
  const overallAt = indexOfText(lines, '一、总体绩效目标');
  const partHeadings = lines.slice(0, overallAt).map((line) => line.text);
  if (partHeadings.join('|') !== '第一部分|部门整体绩效目标')
    throw sourceError(lines[0], '第一部分 部门整体绩效目标');
  const subGoalsAt = indexOfText(lines, '二、分项绩效目标', overallAt);
  const measuresAt = indexOfText(lines, '三、工作保障措施', subGoalsAt);
  const overallHeading = lines[overallAt + 1];
  if (overallHeading?.text !== '总体绩效目标') throw sourceError(overallHeading, '总体绩效目标');
  const subGoalsLabel = lines[subGoalsAt + 1];
  if (subGoalsLabel?.text !== '分项绩效目标') throw sourceError(subGoalsLabel, '分项绩效目标');
  return {
    overall: [
      {
        heading: overallHeading.text,
        paragraphs: toParagraphs(lines.slice(overallAt + 2, subGoalsAt)),
        subBlocks: [],
      },
    ],
    subGoals: toSubGoals(lines.slice(subGoalsAt + 2, measuresAt)),
    measures: [{ paragraphs: toParagraphs(lines.slice(measuresAt + 1)), subBlocks: [] }],
  };
};
