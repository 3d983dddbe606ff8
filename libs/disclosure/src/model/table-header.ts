import type { Cell } from './disclosure.model';

/**
 * Column header rows from each column's label path (`['本年收入', '财政拨款收入']`): neighbours
 * sharing a parent are merged under one spanning cell, and a shorter path spans down to the last
 * header row, as the printed tables do.
 */
export const headerRows = (paths: readonly (readonly string[])[]): Cell[][] => {
  const depth = Math.max(1, ...paths.map((path) => path.length));
  const rows: Cell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: Cell[] = [];
    let index = 0;
    while (index < paths.length) {
      const path = paths[index] ?? [];
      const text = path[level];
      if (text === undefined) {
        index++; // covered by a cell spanning down from a row above
        continue;
      }
      if (path.length === level + 1) {
        row.push(withSpans({ text, align: 'center' }, 1, depth - level));
        index++;
        continue;
      }
      let span = 1;
      while (sharesParent(paths[index + span], path, level)) span++;
      row.push(withSpans({ text, align: 'center' }, span, 1));
      index += span;
    }
    rows.push(row);
  }
  return rows;
};

const sharesParent = (candidate: readonly string[] | undefined, path: readonly string[], level: number) =>
  candidate !== undefined &&
  candidate.length > level + 1 &&
  path.slice(0, level + 1).every((part, i) => candidate[i] === part);

/** Spans are left out when 1, so the model (and its golden files) stays small. */
export const withSpans = (cell: Cell, colSpan: number, rowSpan: number): Cell => ({
  ...cell,
  ...(colSpan > 1 ? { colSpan } : {}),
  ...(rowSpan > 1 ? { rowSpan } : {}),
});
