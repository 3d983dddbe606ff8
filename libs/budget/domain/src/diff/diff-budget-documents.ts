import type { BudgetDocument } from '../document';
import { diffAssets } from './assets.diff';
import { DifferenceLog } from './difference-log';
import { DIFFERENCE_AREAS, type DifferenceKind, type DocumentDifference } from './document-difference';
import { comparePointers } from './json-pointer';
import { diffNarrative } from './narrative.diff';
import { diffPerformance } from './performance.diff';
import { diffProcurement } from './procurement.diff';
import { diffStandardTables } from './standard-tables.diff';
import { diffUnit } from './unit.diff';

/**
 * What changed between two versions of a budget document, for reviewers. Things are matched by
 * identity (table kind, row code or line, column key, section heading, figure key, project code or
 * name, indicator names), never by position, so reordering alone reports nothing. An added or
 * removed row, project or indicator is reported once; a changed cell or field with both values.
 * Values are the documents' own objects, not copies. Linear in the size of the documents.
 */
export const diffBudgetDocuments = (before: BudgetDocument, after: BudgetDocument): DocumentDifference[] => {
  const log = new DifferenceLog();
  diffUnit(log, before, after);
  diffStandardTables(log, before, after);
  diffNarrative(log, before, after);
  diffProcurement(log, before, after);
  diffAssets(log, before, after);
  diffPerformance(log, before, after);
  return log.entries.sort(inDocumentOrder);
};

const AREA_ORDER = new Map(DIFFERENCE_AREAS.map((area, index) => [area, index]));
// A removal and an addition can share a pointer (one in each version): removal first, as a reviewer reads it.
const KIND_ORDER: Record<DifferenceKind, number> = { removed: 0, changed: 1, added: 2 };

/** By area in document order, then by path; kind and label settle the rest so the order never varies. */
const inDocumentOrder = (a: DocumentDifference, b: DocumentDifference): number =>
  (AREA_ORDER.get(a.area) ?? 0) - (AREA_ORDER.get(b.area) ?? 0) ||
  comparePointers(a.path, b.path) ||
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
  (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
