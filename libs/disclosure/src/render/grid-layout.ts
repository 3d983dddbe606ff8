import type { Cell, Row } from '../model/disclosure.model';

/** A cell at its grid position; `covered` marks a position another cell spans over. */
export type PlacedCell = { readonly cell: Cell; readonly covered: false } | { readonly covered: true };

/**
 * Places HTML-style rows (a spanned-over position has no cell) on a full grid, as PDF tables and
 * worksheets need: every position filled, spans starting where the cell is.
 */
export const placeCells = (rows: readonly Row[], columnCount: number): PlacedCell[][] => {
  const grid: (PlacedCell | undefined)[][] = rows.map(() => new Array<PlacedCell | undefined>(columnCount));
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (grid[r]?.[column] !== undefined) column++;
      if (column >= columnCount) break;
      const colSpan = Math.min(cell.colSpan ?? 1, columnCount - column);
      const rowSpan = Math.min(cell.rowSpan ?? 1, rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[r + dr];
          if (target)
            target[column + dc] = dr === 0 && dc === 0 ? { cell, covered: false } : { covered: true };
        }
      }
      column += colSpan;
    }
  });
  // A short row (fewer cells than columns) is padded with empty cells.
  return grid.map((row) =>
    Array.from(
      { length: columnCount },
      (_, c): PlacedCell => row[c] ?? { cell: { text: '' }, covered: false },
    ),
  );
};
