import { LABELS } from '../../labels';
import type {
  Block,
  Cell,
  Disclosure,
  ExplanationSection,
  GridTable,
  ProjectTargetView,
  TocEntry,
} from '../../model/disclosure.model';
import { escapeHtml, escapeLines } from './escape-html';
import { HTML_STYLES } from './html-styles';

/**
 * The public page: one self-contained, accessible HTML document (semantic tables with captions and
 * scoped headers, a linked 目录, print styles). Every text from the model is escaped here; ids and
 * class names are ours, never the unit's.
 */
export const renderHtml = (model: Disclosure): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<meta name="dcterms.created" content="${escapeHtml(model.meta.generatedAt)}">`,
    `<style>${HTML_STYLES}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1 id="top">${escapeHtml(model.title)}</h1>`,
    model.meta.correction
      ? `<p class="correction" role="note">${escapeHtml(
          LABELS.correction(model.meta.correction.supersedes, model.meta.correction.reason),
        )}</p>`
      : '',
    '</header>',
    toc(model.toc),
    '<main>',
    budgetPart(model),
    explanationPart(model),
    '</main>',
    `<footer>${escapeHtml(LABELS.generatedAt(model.meta.generatedAt.slice(0, 10)))}</footer>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');

const link = (entry: TocEntry) => `<a href="#${entry.id}">${escapeHtml(entry.label)}</a>`;

const toc = (entries: readonly TocEntry[]): string => {
  const items: string[] = [];
  let open = false;
  for (const entry of entries) {
    if (entry.level === 1) {
      if (open) items.push('</ol></li>');
      items.push(`<li>${link(entry)}<ol>`);
      open = true;
    } else {
      items.push(`<li>${link(entry)}</li>`);
    }
  }
  if (open) items.push('</ol></li>');
  return [
    '<nav class="toc" aria-labelledby="toc-heading">',
    `<h2 id="toc-heading">${escapeHtml(LABELS.toc)}</h2>`,
    `<ol>${items.join('')}</ol>`,
    '</nav>',
  ].join('\n');
};

const budgetPart = (model: Disclosure): string =>
  [
    `<section id="${model.budgetPart.id}" aria-labelledby="${model.budgetPart.id}-heading">`,
    `<h2 id="${model.budgetPart.id}-heading">${escapeHtml(model.budgetPart.heading)}</h2>`,
    model.budgetPart.notice ? `<p>${escapeHtml(model.budgetPart.notice)}</p>` : '',
    ...model.budgetPart.tables.map((table) => tableBlock(table, 'budget-table')),
    '</section>',
  ].join('\n');

const explanationPart = (model: Disclosure): string => {
  const part = model.explanationPart;
  return [
    `<section id="${part.id}" aria-labelledby="${part.id}-heading">`,
    `<h2 id="${part.id}-heading">${escapeHtml(part.heading)}</h2>`,
    `<p class="doc-subtitle">${escapeHtml(part.title)}</p>`,
    ...part.preamble.map((text) => `<p>${escapeLines(text)}</p>`),
    ...part.sections.map(section),
    '</section>',
  ].join('\n');
};

const section = (item: ExplanationSection): string => {
  const level = item.level === 1 ? 3 : 4;
  return [
    `<section id="${item.id}" aria-labelledby="${item.id}-heading">`,
    `<h${level} id="${item.id}-heading">${escapeHtml(item.heading)}</h${level}>`,
    ...item.blocks.map(block),
    '</section>',
  ].join('\n');
};

const block = (item: Block): string => {
  switch (item.kind) {
    case 'paragraph':
      return `<p>${escapeLines(item.text)}</p>`;
    case 'heading':
      return `<h${item.level} id="${item.id}">${escapeHtml(item.text)}</h${item.level}>`;
    case 'table':
      return tableBlock(item.table);
    case 'terms':
      return [
        '<dl class="terms">',
        ...item.terms.map(
          (term, index) =>
            `<dt>${index + 1}、${escapeHtml(term.term)}</dt><dd>${escapeLines(term.definition)}</dd>`,
        ),
        '</dl>',
      ].join('\n');
    case 'project':
      return project(item.project);
  }
};

const project = (view: ProjectTargetView): string =>
  [
    `<section class="project" id="${view.id}" aria-labelledby="${view.id}-heading">`,
    `<h5 id="${view.id}-heading">${escapeHtml(view.heading)}</h5>`,
    view.facts.body.length > 0 ? tableBlock(view.facts, 'facts', true) : '',
    tableBlock(view.indicators, 'indicators', true),
    '</section>',
  ].join('\n');

const lead = (table: GridTable): string => {
  if (!table.lead) return '';
  const parts = [table.lead.unit, table.lead.year ?? '', table.lead.unitOfMeasure ?? ''];
  return `<div class="table-lead">${parts.map((part) => `<span>${escapeHtml(part)}</span>`).join('')}</div>`;
};

const spans = (cell: Cell): string =>
  `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`;

const headerCell = (cell: Cell, index: number, isColumnNumbers: boolean): string => {
  const scope = isColumnNumbers && index === 0 ? 'row' : cell.colSpan ? 'colgroup' : 'col';
  return `<th scope="${scope}"${spans(cell)}>${escapeLines(cell.text)}</th>`;
};

const bodyCell = (cell: Cell): string => {
  const classes = [
    cell.amount !== undefined || cell.align === 'right' ? 'num' : '',
    cell.align === 'center' ? 'center' : '',
    cell.redacted ? 'redacted' : '',
  ].filter(Boolean);
  const attributes = `${classes.length ? ` class="${classes.join(' ')}"` : ''}${spans(cell)}`;
  return cell.rowHeader
    ? `<th scope="row"${attributes}>${escapeLines(cell.text)}</th>`
    : `<td${attributes}>${escapeLines(cell.text)}</td>`;
};

const tableBlock = (table: GridTable, className = '', hiddenCaption = false): string => {
  const lastHeader = table.header.length - 1;
  const columnNumbers = table.header[lastHeader]?.[0]?.text === LABELS.columnNumber;
  return [
    `<div class="table-block ${className}" id="${table.id}">`,
    lead(table),
    '<table>',
    `<caption${hiddenCaption ? ' class="sr-only"' : ''}>${escapeHtml(table.caption)}</caption>`,
    table.header.length > 0
      ? `<thead>${table.header
          .map(
            (row, r) =>
              `<tr${columnNumbers && r === lastHeader ? ' class="column-numbers"' : ''}>${row
                .map((cell, c) => headerCell(cell, c, columnNumbers && r === lastHeader))
                .join('')}</tr>`,
          )
          .join('')}</thead>`
      : '',
    `<tbody>${table.body.map((row) => `<tr>${row.map(bodyCell).join('')}</tr>`).join('\n')}</tbody>`,
    '</table>',
    ...table.notes.map((note) => `<p class="table-note">${escapeLines(note)}</p>`),
    '</div>',
  ]
    .filter((line) => line !== '')
    .join('\n');
};
