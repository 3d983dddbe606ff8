/**
 * Every repair of text-extraction damage in julu-psb-2024-performance-targets.txt. Layout only:
 * a correction may drop a line that the PDF repeats on a new page, or put the pieces of a cell
 * back in reading order; it never changes a word or a number the authors printed.
 * `applyCorrections` checks each anchor against the source and that a regroup keeps exactly the
 * same characters, so a correction cannot silently invent or lose text.
 *
 * Besides these line-anchored entries, three repairs apply everywhere and live in code:
 * - blank lines, page-start indentation and trailing spaces are removed (source-lines.ts);
 * - a cell or paragraph wrapped over several lines is joined without a separator, except for the
 *   space the dump puts between a digit and a Chinese character (text-layout.ts);
 * - a wrapped indicator cell is told from its neighbours by the column widths (indicator-rows.ts),
 *   and the 一级 label, printed once in the middle of its group, is replaced by the template.
 */
export type Correction =
  | {
      readonly kind: 'drop';
      readonly line: number;
      /** The line's text, trimmed: the anchor. */
      readonly text: string;
      readonly why: string;
    }
  | {
      /** The line continues on the next although it is short of the column width. */
      readonly kind: 'wraps';
      readonly line: number;
      readonly text: string;
      readonly why: string;
    }
  | {
      readonly kind: 'regroup';
      /** First and last source line of the damaged span (blank and dropped lines inside are skipped). */
      readonly from: number;
      readonly to: number;
      /** The same text as one fragment per line, in reading order. */
      readonly lines: readonly string[];
      readonly why: string;
    };

const HEADER = '一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据';

const pageNumber = (line: number, text: string): Correction => ({
  kind: 'drop',
  line,
  text,
  why: 'page number printed between two tables',
});

const repeatedHeader = (line: number, project: number): Correction => ({
  kind: 'drop',
  line,
  text: HEADER,
  why: `indicator header repeated at the top of a new page inside table ${project}`,
});

export const CORRECTIONS: readonly Correction[] = [
  pageNumber(1232, '16'),
  pageNumber(2123, '24'),
  pageNumber(2872, '33'),
  pageNumber(3305, '38'),
  pageNumber(3499, '40'),
  repeatedHeader(544, 3),
  repeatedHeader(705, 4),
  repeatedHeader(1838, 14),
  repeatedHeader(2427, 19),
  repeatedHeader(2576, 20),
  repeatedHeader(2709, 21),
  repeatedHeader(2874, 22),
  repeatedHeader(3060, 23),
  {
    kind: 'wraps',
    line: 2415,
    text: '指数 公',
    why: 'table 19: the 三级 cell reads 公众安全感指数 公众安全感指数 and breaks after 指数 公, short of the column; the words are kept as printed',
  },
  {
    kind: 'regroup',
    from: 534,
    to: 546,
    lines: [
      '，各项业务',
      '顺利开展',
      '保持公安队伍相对稳定，各',
      '项业务顺利开展',
      '≥90%',
      '公安局年初工作',
      '安排',
    ],
    why: 'table 3: the 三级 cell 保持公安队伍相对稳定，各项业务顺利开展 is taller than its row; its last line 顺利开展 was printed after the page break',
  },
  {
    kind: 'regroup',
    from: 687,
    to: 687,
    lines: ['环境', '效益指标'],
    why: 'table 4: the last line 环境 of the 依据 cell and the 一级 label 效益指标 were printed as one line',
  },
  {
    kind: 'regroup',
    from: 2575,
    to: 2578,
    lines: [
      '可持续影响',
      '指标',
      '不稳定因素',
      '长期下降',
      '不稳定因素长期下降',
      '1 长期',
      '工作实际及历史',
      '依据',
    ],
    why: 'table 20: a two-line row split by a page break, each half printed as one line; the second line holds 二级 指标, 三级 长期下降 (不稳定因素 fills the 三级 column, the 描述 and 指标值 cells do not wrap) and 依据',
  },
  {
    kind: 'regroup',
    from: 2697,
    to: 2713,
    lines: [
      '财产权益，',
      '保障经济健',
      '康发展',
      '有效解决打击犯罪，保护群',
      '众人身财产权益，保障经济',
      '健康发展',
      '100%',
      '部门工作计划安',
      '排',
    ],
    why: 'table 21: the last two lines of the 三级 cell 有效解决打击犯罪，保护群众人身财产权益，保障经济健康发展 were printed after the page break',
  },
  {
    kind: 'regroup',
    from: 3059,
    to: 3062,
    lines: [
      '满意度指标',
      '服务对象满',
      '意度指标',
      '在押人员满',
      '意度',
      '在押人员满意度',
      '≥90%',
      '根据满意度调查',
      '问卷确定',
    ],
    why: 'table 23: a two-line row split by a page break, each half printed as one line (with the 一级 label 满意度指标 in front)',
  },
  {
    kind: 'regroup',
    from: 3441,
    to: 3441,
    lines: ['≥95% 工作计划', '产出指标'],
    why: 'table 27: the 依据 cell 工作计划 and the 一级 label 产出指标 were printed as one word',
  },
  {
    kind: 'regroup',
    from: 3642,
    to: 3642,
    lines: ['≥95% 工作计划', '产出指标'],
    why: 'table 29: the 依据 cell 工作计划 and the 一级 label 产出指标 were printed as one word',
  },
];
