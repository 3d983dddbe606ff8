import {
  Amount,
  findRow,
  findTable,
  figureKeyDefinition,
  tableColumns,
  type BudgetDocument,
  type NarrativeFigure,
  type NarrativeSection,
} from '@budgetflow/budget-domain';
import type { ReconciledFigure } from './disclosure.model';

/**
 * The 情况说明 states figures that the tables also hold (收入总计, 基本支出, "三公" …). The public
 * text takes each such figure from its table cell, so the page cannot contradict itself even when
 * the author's prose did (邯郸 wrote "三公" 906.49 against a table of 726.08). The document itself is
 * never changed; the model records every substitution and every figure kept as written, and why.
 *
 * A blank cell is not read as zero: the table states nothing there, so the prose's own number stays
 * (and validation, which ran before approval, has already reported any disagreement).
 */
export const reconcileSection = (
  document: BudgetDocument,
  section: NarrativeSection,
): { paragraphs: string[]; figures: ReconciledFigure[] } => {
  const figures = section.figures.map((figure) => reconcileFigure(document, section.heading, figure));
  const replacements = figures.filter((figure) => figure.writtenText !== figure.publishedText);
  return { paragraphs: section.paragraphs.map((p) => replaceAll(p, replacements)), figures };
};

type TableLookup =
  | { readonly found: true; readonly amount: string }
  | { readonly found: false; readonly keptBecause: NonNullable<ReconciledFigure['keptBecause']> };

const lookUpCell = (document: BudgetDocument, key: NarrativeFigure['key']): TableLookup => {
  const cell = figureKeyDefinition(key)?.cell;
  if (!cell) return { found: false, keptBecause: 'no-table-cell' };
  const table = findTable(document, cell.table);
  // The vocabulary names standard-layout cells; a layout without that column has no such cell.
  if (!table || !tableColumns(table).some((column) => column.key === cell.column)) {
    return { found: false, keptBecause: 'table-absent' };
  }
  const row = findRow(table, { line: cell.line });
  if (!row) return { found: false, keptBecause: 'row-absent' };
  const amount = row.amounts[cell.column];
  return amount === undefined ? { found: false, keptBecause: 'blank-cell' } : { found: true, amount };
};

const reconcileFigure = (
  document: BudgetDocument,
  sectionHeading: string,
  figure: NarrativeFigure,
): ReconciledFigure => {
  const base = {
    sectionHeading,
    key: figure.key,
    writtenText: figure.text,
    writtenAmount: figure.amount,
  };
  const lookup = lookUpCell(document, figure.key);
  if (!lookup.found) {
    return { ...base, source: 'narrative', keptBecause: lookup.keptBecause, publishedText: figure.text };
  }
  const span = statedNumber(figure.text, figure.amount);
  if (!span) {
    return {
      ...base,
      source: 'narrative',
      keptBecause: 'number-not-found',
      publishedText: figure.text,
      tableAmount: lookup.amount,
    };
  }
  const publishedText = figure.text.slice(0, span.start) + lookup.amount + figure.text.slice(span.end);
  return { ...base, source: 'table', publishedText, tableAmount: lookup.amount };
};

/** Numbers in prose: `46003.87`, `46,003.87`, `0`; a year (`2022年`) is never the stated figure. */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?(?!\d|年)/g;

/**
 * Where the figure's number sits in its text: the occurrence equal to the stored amount (sign aside,
 * since 减少52.33 is stored as -52.33), else the last number that is not a year.
 */
const statedNumber = (text: string, amount: string): { start: number; end: number } | undefined => {
  const target = Amount.tryParse(amount.replace(/^-/, ''));
  const matches = [...text.matchAll(NUMBER)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: Amount.tryParse(match[0]),
  }));
  const equal = matches.filter((m) => target !== undefined && m.value?.equals(target));
  return (equal.length > 0 ? equal : matches).at(-1);
};

/** Substitutes every figure text in a paragraph at once, so one substitution cannot disturb another. */
const replaceAll = (paragraph: string, figures: readonly ReconciledFigure[]): string => {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const figure of figures) {
    let from = paragraph.indexOf(figure.writtenText);
    while (from >= 0) {
      const end = from + figure.writtenText.length;
      if (!spans.some((span) => from < span.end && end > span.start)) {
        spans.push({ start: from, end, text: figure.publishedText });
      }
      from = paragraph.indexOf(figure.writtenText, end);
    }
  }
  return spans
    .sort((a, b) => b.start - a.start)
    .reduce((text, span) => text.slice(0, span.start) + span.text + text.slice(span.end), paragraph);
};
