import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LABELS } from '../../labels';
import type { Block, Cell, Disclosure, GridTable, ProjectTargetView } from '../../model/disclosure.model';
import { placeCells } from '../grid-layout';
import { configurePdfmake, PDF_FONT_FAMILY } from './pdf-font';

const HEADER_FILL = '#eeeeee';

/**
 * The printable PDF, with the CJK font embedded (subset) so the text can be searched and copied.
 * Portrait for the prose, each standard table on its own landscape page as the printed tables are.
 * pdfmake draws strings as text, never as markup, so unit text cannot inject anything here.
 * Deterministic: the creation date comes from the model, and PDFKit's font subset tags and file
 * id derive from content and that date.
 */
export const renderPdf = async (model: Disclosure): Promise<Buffer> => {
  const pdfmake = configurePdfmake();
  return pdfmake.createPdf(documentDefinition(model)).getBuffer();
};

const documentDefinition = (model: Disclosure): TDocumentDefinitions => ({
  pageSize: 'A4',
  pageOrientation: 'portrait',
  pageMargins: [40, 40, 40, 40],
  info: {
    title: model.title,
    author: model.meta.unitName,
    subject: model.explanationPart.title,
    creator: 'BudgetFlow',
    producer: 'BudgetFlow',
    creationDate: new Date(model.meta.generatedAt),
  },
  defaultStyle: { font: PDF_FONT_FAMILY, fontSize: 9, lineHeight: 1.3 },
  styles: {
    title: { fontSize: 20, alignment: 'center', margin: [0, 120, 0, 30] },
    part: { fontSize: 16, alignment: 'center', margin: [0, 10, 0, 12] },
    subtitle: { fontSize: 14, alignment: 'center', margin: [0, 4, 0, 10] },
    h3: { fontSize: 13, margin: [0, 10, 0, 4] },
    h4: { fontSize: 11.5, margin: [0, 8, 0, 3] },
    h5: { fontSize: 10.5, margin: [0, 6, 0, 2] },
    caption: { fontSize: 13, alignment: 'center', margin: [0, 0, 0, 6] },
    lead: { fontSize: 9, margin: [0, 0, 0, 2] },
    th: { fillColor: HEADER_FILL, alignment: 'center' },
    note: { fontSize: 8.5, margin: [0, 3, 0, 0] },
    paragraph: { margin: [0, 2, 0, 2], leadingIndent: 18 },
  },
  footer: (currentPage: number, pageCount: number) => ({
    text: `${currentPage} / ${pageCount}`,
    alignment: 'center',
    fontSize: 8,
    margin: [0, 10, 0, 0],
  }),
  content: [
    { text: model.title, style: 'title' },
    ...(model.meta.correction
      ? [
          {
            text: LABELS.correction(model.meta.correction.supersedes, model.meta.correction.reason),
            style: 'paragraph',
            color: '#aa0000',
          },
        ]
      : []),
    { toc: { title: { text: LABELS.toc, style: 'part' } } },
    // The part heading opens the first table's landscape page; every further table starts its own.
    {
      text: model.budgetPart.heading,
      style: 'part',
      tocItem: true,
      pageBreak: 'before',
      ...(model.budgetPart.tables.length > 0 ? { pageOrientation: 'landscape' as const } : {}),
    },
    ...(model.budgetPart.notice ? [{ text: model.budgetPart.notice, style: 'paragraph' }] : []),
    ...model.budgetPart.tables.map((table, index): Content => ({
      stack: gridTable(table, { tocItem: true }),
      ...(index > 0 ? { pageBreak: 'before' as const, pageOrientation: 'landscape' as const } : {}),
    })),
    {
      text: model.explanationPart.heading,
      style: 'part',
      tocItem: true,
      // After landscape tables a new portrait page; after a one-line notice, just carry on.
      ...(model.budgetPart.tables.length > 0
        ? { pageBreak: 'before' as const, pageOrientation: 'portrait' as const }
        : {}),
    },
    { text: model.explanationPart.title, style: 'subtitle' },
    ...model.explanationPart.preamble.map((text): Content => ({ text, style: 'paragraph' })),
    ...model.explanationPart.sections.flatMap((section): Content[] => [
      {
        text: section.heading,
        style: section.level === 1 ? 'h3' : 'h4',
        tocItem: section.level === 1,
        tocMargin: [16, 0, 0, 0],
      },
      ...section.blocks.map(block),
    ]),
    {
      text: LABELS.generatedAt(model.meta.generatedAt.slice(0, 10)),
      alignment: 'right',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    },
  ],
});

const block = (item: Block): Content => {
  switch (item.kind) {
    case 'paragraph':
      return { text: item.text, style: 'paragraph' };
    case 'heading':
      return { text: item.text, style: item.level === 4 ? 'h4' : 'h5' };
    case 'table':
      return { stack: gridTable(item.table, {}) };
    case 'terms':
      return {
        stack: item.terms.map((term, index): Content => ({
          text: [{ text: `${index + 1}、${term.term}：`, bold: true }, term.definition],
          style: 'paragraph',
        })),
      };
    case 'project':
      return project(item.project);
  }
};

/** Facts short enough to keep on one page with their heading (longer Henan details may break). */
const KEEP_TOGETHER_CHARS = 800;

const project = (view: ProjectTargetView): Content => {
  const facts = view.facts.body.length > 0 ? gridTable(view.facts, { hideCaption: true }) : [];
  const factChars = view.facts.body.reduce(
    (sum, row) => sum + row.reduce((n, cell) => n + cell.text.length, 0),
    0,
  );
  const opening: Content = { stack: [{ text: view.heading, style: 'h5' }, ...facts] };
  return {
    stack: [
      // The heading never ends a page alone: it stays with the facts under it.
      factChars <= KEEP_TOGETHER_CHARS ? { ...opening, unbreakable: true } : opening,
      ...gridTable(view.indicators, { hideCaption: true }),
    ],
  };
};

const pdfCell = (cell: Cell, header: boolean): TableCell => ({
  text: cell.text,
  ...(header || cell.rowHeader ? { style: 'th' } : {}),
  ...(cell.colSpan ? { colSpan: cell.colSpan } : {}),
  ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
  alignment: cell.redacted ? 'center' : (cell.align ?? (header ? 'center' : 'left')),
});

const percentWidths = (weights: readonly number[]): string[] => {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  return weights.map((weight) => `${((weight / total) * 100).toFixed(2)}%`);
};

const gridTable = (table: GridTable, options: { tocItem?: boolean; hideCaption?: boolean }): Content[] => {
  const rows = placeCells([...table.header, ...table.body], table.columnCount).map((row, r) =>
    row.map((placed): TableCell => (placed.covered ? {} : pdfCell(placed.cell, r < table.header.length))),
  );
  const lead = table.lead;
  return [
    ...(options.hideCaption
      ? []
      : [
          {
            text: table.caption,
            style: 'caption',
            tocItem: options.tocItem ?? false,
            tocMargin: [16, 0, 0, 0],
          } as Content,
        ]),
    ...(lead
      ? [
          {
            columns: [
              { text: lead.unit, alignment: 'left' },
              { text: lead.year ?? '', alignment: 'center' },
              { text: lead.unitOfMeasure ?? '', alignment: 'right' },
            ],
            style: 'lead',
          } as Content,
        ]
      : []),
    ...(rows.length > 0
      ? [
          {
            table: {
              headerRows: table.header.length,
              // A header row never ends a page without at least one row of the table under it.
              ...(table.header.length > 0 ? { keepWithHeaderRows: 1 } : {}),
              dontBreakRows: true,
              widths: percentWidths(table.columnWidths),
              body: rows,
            },
            layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
            fontSize: table.columnCount > 10 ? 7.5 : 8.5,
          } as Content,
        ]
      : []),
    ...table.notes.map((note): Content => ({ text: note, style: 'note' })),
  ];
};
