import type { AssetTable, ProcurementTable } from '@budgetflow/budget-domain';
import { HandanSourceError, nonBlank, type SourceLine } from './source-lines';

/**
 * 六 部门政府采购预算 and 七 部门固定资产占用情况表. Handan prints both with headers only and a
 * 「空表列示」 note. A body row would need a column mapping this converter does not have, so it
 * stops rather than drop the row.
 */
interface PrintedTable {
  readonly title: string;
  readonly notes: string[];
  /** Lines between the title and the notes that are neither the unit line nor a known header. */
  readonly header: SourceLine[];
}

const readPrintedTable = (lines: readonly SourceLine[], headerStarts: readonly string[]): PrintedTable => {
  const [titleLine, ...rest] = nonBlank(lines);
  const notes: string[] = [];
  const header: SourceLine[] = [];
  for (const line of rest) {
    const text = line.text.trim();
    if (text.startsWith('注：')) notes.push(text);
    else if (notes.length > 0) throw new HandanSourceError('text after the notes', line);
    else if (headerStarts.some((start) => line.text.startsWith(start))) header.push(line);
    else throw new HandanSourceError(`unexpected line in ${titleLine.text.trim()} (a body row?)`, line);
  }
  return { title: titleLine.text.trim(), notes, header };
};

const UNIT_LINE = '312 邯郸市公安局';

/** `lines` runs from the title 部门政府采购预算 to the next section. */
export const parseProcurement = (lines: readonly SourceLine[]): ProcurementTable => {
  const table = readPrintedTable(lines, [
    UNIT_LINE,
    '单位：万元',
    '政府采购项目来源\t',
    '项目名称\t预算资金\t',
  ]);
  if (!table.header.some((line) => line.text.trim() === '单位：万元')) {
    throw new HandanSourceError('procurement table without 单位：万元', lines[0]);
  }
  return { title: table.title, unitOfMeasure: '万元', rows: [], notes: table.notes };
};

/** `lines` runs from the title 部门固定资产占用情况表 to the next section. */
export const parseAssets = (lines: readonly SourceLine[]): AssetTable => {
  const table = readPrintedTable(lines, [UNIT_LINE, '截止时间：', '项 目\t数量\t价值（金额单位：万元）']);
  const asOf = table.header
    .map((line) => /^截止时间：(\d{4}-\d{2}-\d{2})$/.exec(line.text.trim())?.[1])
    .find((date) => date !== undefined);
  if (asOf === undefined) throw new HandanSourceError('asset table without 截止时间', lines[0]);
  return { title: table.title, asOf, unitOfMeasure: '万元', rows: [], notes: table.notes };
};
