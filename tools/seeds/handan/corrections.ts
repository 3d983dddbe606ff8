import { HandanSourceError, type SourceLine } from './source-lines';

/**
 * Every repair of text-extraction damage in handan-psb-2022-budget-disclosure.txt. Each one undoes
 * a page break of the PDF (a repeated header, a cell or paragraph cut in two); none touches what
 * the authors wrote. Their own mistakes (shifted indicator cells in #51, names in the value column
 * of #1, "三公" 906.49 vs 726.08, …) are deliberately NOT here: the document keeps them.
 *
 * Each entry names the source line(s) and the text found there; the converter refuses to run when
 * the text differs, so a changed source cannot be silently mis-repaired.
 */
interface CorrectionBase {
  /** What the extraction did wrong. */
  readonly problem: string;
  /** What the converter does about it. */
  readonly repair: string;
}

/** Drop lines `from`–`to` (a header the PDF repeated after a page break). */
export interface DropLines extends CorrectionBase {
  readonly kind: 'dropLines';
  readonly from: number;
  readonly to: number;
  /** Start of line `from` and of line `to`, as found in the source. */
  readonly first: string;
  readonly last: string;
}

/** Append `line` to `into`: cell by cell for a table row, as text for a paragraph; drop `line`. */
export interface JoinLines extends CorrectionBase {
  readonly kind: 'joinCells' | 'joinText';
  readonly line: number;
  readonly into: number;
  /** Start of line `line` and of line `into`, as found in the source. */
  readonly lineStart: string;
  readonly intoStart: string;
}

export type Correction = DropLines | JoinLines;

const pageHeader = (from: number, to: number, table: string): DropLines => ({
  kind: 'dropLines',
  from,
  to,
  first: '312 邯郸市公安局',
  last: '栏次',
  problem: `${table} crosses a page; the PDF repeats the page header (unit, 预算年度, 单位) and the column header rows`,
  repair: 'drop the repeated header lines; the rows before and after form one table',
});

const indicatorHeader = (line: number, project: string): DropLines => ({
  kind: 'dropLines',
  from: line,
  to: line,
  first: '一级指标\t二级指标\t三级指标',
  last: '一级指标\t二级指标\t三级指标',
  problem: `${project} crosses a page; the PDF repeats the indicator header row`,
  repair: 'drop the repeated header row',
});

export const HANDAN_CORRECTIONS: readonly Correction[] = [
  pageHeader(61, 69, '部门预算收支总表'),
  pageHeader(111, 119, '部门预算收入总表'),
  pageHeader(156, 164, '部门预算支出总表'),
  pageHeader(197, 205, '部门预算财政拨款收支总表'),
  pageHeader(287, 295, '部门预算一般公共预算财政拨款基本支出表'),
  {
    kind: 'dropLines',
    from: 418,
    to: 418,
    first: '单位名称\t单位性质',
    last: '单位名称\t单位性质',
    problem: '部门机构设置情况 crosses a page; the PDF repeats its header row',
    repair: 'drop the repeated header row; the table has 22 rows, not two tables of 6 and 16',
  },
  {
    kind: 'joinText',
    line: 478,
    into: 476,
    lineStart: '集资犯罪',
    intoStart: '- 2、深入开展严打整治专项行动',
    problem:
      'the 总体绩效目标 item 2 is cut by a page break after "非法", its rest "集资犯罪…" starts a new line',
    repair: 'append line 478 to line 476 with no separator ("非法集资犯罪")',
  },
  indicatorHeader(615, '#2 办公办案费（治安支队）'),
  indicatorHeader(656, '#5 移动警务终端(治安支队)'),
  indicatorHeader(1139, '#42 行业场所治安管理信息系统购买运维服务费'),
  {
    kind: 'joinCells',
    line: 1140,
    into: 1137,
    lineStart: '\t\t\t安实战需要',
    intoStart: '\t可持续影响指标\t系统运行稳定',
    problem:
      '#42 row 系统运行稳定 is cut by the page break: 描述 "采集各类信息数据，服务公" and 依据 "邯郸市公安局治安警" continue on line 1140 in the same columns, other cells blank',
    repair: 'append each cell of line 1140 to the same cell of line 1137 with no separator; drop line 1140',
  },
  indicatorHeader(1267, '#51 办公经费和指挥中心改造项目质保金'),
  indicatorHeader(1282, '#52 火车站、高铁站站前安保服务经费'),
];

const check = (line: SourceLine | undefined, start: string, at: number): SourceLine => {
  if (!line || !line.text.startsWith(start)) {
    throw new HandanSourceError(`correction expects line ${at} to start with ${JSON.stringify(start)}`, line);
  }
  return line;
};

const joinCells = (into: string, line: string): string => {
  const head = into.split('\t');
  const tail = line.split('\t');
  const width = Math.max(head.length, tail.length);
  return Array.from({ length: width }, (_, i) => (head[i] ?? '') + (tail[i] ?? '')).join('\t');
};

/** Applies the corrections to the raw lines; the result keeps source line numbers. */
export const applyCorrections = (
  lines: readonly SourceLine[],
  corrections: readonly Correction[] = HANDAN_CORRECTIONS,
): SourceLine[] => {
  const byNo = new Map(lines.map((line) => [line.no, line]));
  const dropped = new Set<number>();
  const replaced = new Map<number, string>();
  for (const correction of corrections) {
    if (correction.kind === 'dropLines') {
      check(byNo.get(correction.from), correction.first, correction.from);
      check(byNo.get(correction.to), correction.last, correction.to);
      for (let no = correction.from; no <= correction.to; no += 1) dropped.add(no);
    } else {
      const moved = check(byNo.get(correction.line), correction.lineStart, correction.line);
      const target = check(byNo.get(correction.into), correction.intoStart, correction.into);
      const joined =
        correction.kind === 'joinCells' ? joinCells(target.text, moved.text) : target.text + moved.text;
      replaced.set(target.no, joined);
      dropped.add(moved.no);
    }
  }
  return lines
    .filter((line) => !dropped.has(line.no))
    .map((line) => ({ no: line.no, text: replaced.get(line.no) ?? line.text }));
};
