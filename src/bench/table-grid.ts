import type { TableCell, TableRows } from './report-document.ts';

/** One slot of the expanded table: the cell covering it and whether this slot is where the cell starts. */
export interface Slot {
  cell: TableCell;
  origin: boolean;
  /** The first row of the cell covers this slot (false under a rowspan). */
  firstRow: boolean;
}

/** rowspan/colspan expanded into a rectangle of slots (the HTML table model). */
export function tableGrid(rows: TableRows): Slot[][] {
  const grid: (Slot | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      const slots = grid[r] ?? [];
      while (slots[c] !== undefined) c++;
      const rs = cell.rowspan ?? 1;
      const cs = cell.colspan ?? 1;
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) {
          const target = grid[r + dr];
          if (target) target[c + dc] = { cell, origin: dr === 0 && dc === 0, firstRow: dr === 0 };
        }
      }
      c += cs;
    }
  });
  const width = Math.max(...grid.map((g) => g.length));
  return grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? { cell: { text: '' }, origin: true, firstRow: true }));
}
