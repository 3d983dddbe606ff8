import {
  BUDGET_DOCUMENT_SCHEMA_VERSION,
  type BudgetDocument,
  type NarrativeSectionKind,
} from '@budgetflow/budget-domain';
import { applyCorrections } from './corrections';
import { HANDAN_SECTIONS, parseNarrativeSection } from './narrative';
import { parsePerformance } from './performance';
import { parseAssets, parseProcurement } from './procurement-assets';
import {
  HandanSourceError,
  indexOfLine,
  nonBlank,
  sliceAtHeadings,
  toSourceLines,
  type SourceLine,
} from './source-lines';
import { HANDAN_TABLES, parseStandardTable, type TableHeader } from './standard-tables';
import { parseUnitProfile } from './unit-profile';

const NARRATIVE_TITLE = (text: string): boolean => /^\S+ \d{4} 年部门预算信息公开情况说明$/.test(text.trim());

const sameHeader = (a: TableHeader, b: TableHeader): boolean =>
  a.unitCode === b.unitCode && a.unitName === b.unitName && a.fiscalYear === b.fiscalYear;

/**
 * 邯郸市公安局 2022 部门预算信息公开 (handan-psb-2022-budget-disclosure.txt) → the canonical budget
 * document (docs/budget-document.md). Pure: the same text always gives a deep-equal document. It
 * repairs only the extraction damage listed in corrections.ts and stops on anything it does not
 * recognise, rather than guess.
 */
export const convertHandan = (sourceText: string): BudgetDocument => {
  const lines = applyCorrections(toSourceLines(sourceText));

  // 目录 and "第一部分 部门预算" are not stored; the tables run up to the 情况说明 title.
  const tablesStart = indexOfLine(lines, '第一部分 部门预算');
  const narrativeStart = indexOfLine(lines, NARRATIVE_TITLE, tablesStart);
  const tableSlices = sliceAtHeadings(
    lines.slice(0, narrativeStart),
    HANDAN_TABLES.map((table) => table.title),
    undefined,
    tablesStart,
  );
  const parsed = HANDAN_TABLES.map((table, i) => parseStandardTable(table.kind, tableSlices[i]));
  const [{ header }] = parsed;
  const other = parsed.find((table) => !sameHeader(table.header, header));
  if (other) throw new HandanSourceError(`table ${other.table.title} names another unit or year`);

  const sectionSlices = sliceAtHeadings(
    lines,
    HANDAN_SECTIONS.map((section) => section.heading),
    undefined,
    narrativeStart + 1,
  );
  const slice = (kind: NarrativeSectionKind): SourceLine[] =>
    sectionSlices[HANDAN_SECTIONS.findIndex((section) => section.kind === kind)];
  const after = (kind: NarrativeSectionKind, title: string): SourceLine[] =>
    slice(kind).slice(indexOfLine(slice(kind), title));
  const preamble = lines.slice(
    narrativeStart + 1,
    indexOfLine(lines, HANDAN_SECTIONS[0].heading, narrativeStart),
  );

  return {
    schemaVersion: BUDGET_DOCUMENT_SCHEMA_VERSION,
    unit: parseUnitProfile(slice('unitProfile'), header),
    fiscalYear: header.fiscalYear,
    tables: parsed.map(({ table }) => table),
    narrative: {
      title: lines[narrativeStart].text.trim(),
      preamble: nonBlank(preamble).map((line) => line.text.trim()),
      sections: HANDAN_SECTIONS.map((section, i) => parseNarrativeSection(section, sectionSlices[i])),
    },
    procurement: parseProcurement(after('procurement', '部门政府采购预算')),
    assets: parseAssets(after('assets', '部门固定资产占用情况表')),
    performance: parsePerformance(slice('performance')),
  };
};
