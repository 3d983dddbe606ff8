import type { DepartmentPerformance, TextBlock } from '@budgetflow/budget-domain';
import { HandanSourceError, nonBlank, sliceAtHeadings, type SourceLine } from './source-lines';

/** 第一部分 部门整体绩效目标 has three parts; each part has （一）（二）… blocks. */
const PARTS = ['（一）总体绩效目标', '（二）分项绩效目标', '（三）工作保障措施'] as const;

const BLOCK_HEADING = /^（[一二三四五六七八九十]+）/;
const ITEM_HEADING = /^\d+、/;

/** The `- ` list markers are markup of the text extraction, not the authors' words. */
const textOf = (line: SourceLine): string => line.text.trim().replace(/^- /, '');

/** Splits a part into its （一）… blocks; text before the first block heading is not expected. */
const blocksOf = (lines: readonly SourceLine[]): SourceLine[][] => {
  const blocks: SourceLine[][] = [];
  for (const line of nonBlank(lines)) {
    if (BLOCK_HEADING.test(line.text.trim())) blocks.push([line]);
    else if (blocks.length === 0) throw new HandanSourceError('text before the first （一） heading', line);
    else blocks[blocks.length - 1].push(line);
  }
  return blocks;
};

/** 总体绩效目标 and 工作保障措施: the heading, then each line (numbered item or not) is a paragraph. */
const flatBlock = ([heading, ...body]: SourceLine[]): TextBlock => ({
  heading: textOf(heading),
  paragraphs: body.map(textOf),
  subBlocks: [],
});

/** 分项绩效目标: a `1、…` line opens a sub-block; other lines belong to the open (sub-)block. */
const nestedBlock = ([heading, ...body]: SourceLine[]): TextBlock => {
  const block: TextBlock = { heading: textOf(heading), paragraphs: [], subBlocks: [] };
  for (const line of body) {
    const text = textOf(line);
    const open = block.subBlocks[block.subBlocks.length - 1];
    if (ITEM_HEADING.test(text)) block.subBlocks.push({ heading: text, paragraphs: [] });
    else if (open) open.paragraphs.push(text);
    else block.paragraphs.push(text);
  }
  return block;
};

/** `lines` runs from 第一部分 部门整体绩效目标 to 第二部分. */
export const parseDepartmentGoals = (lines: readonly SourceLine[]): DepartmentPerformance => {
  const [overall, subGoals, measures] = sliceAtHeadings(lines, PARTS).map((part) => blocksOf(part.slice(1)));
  return {
    overall: overall.map(flatBlock),
    subGoals: subGoals.map(nestedBlock),
    measures: measures.map(flatBlock),
  };
};
