import type { TableRows } from './report-document.ts';
import type { Random } from './seeded-random.ts';
import { tableGrid } from './table-grid.ts';

/**
 * A table as Word-to-text extraction leaves it (like data/reports/2023-*.txt): one cell per line with
 * a leading TAB, a blank line between rows, one empty cell where a rowspan continues, nothing for a
 * colspan. Long labels sometimes wrap onto a line without the TAB, short headers split in two.
 * Returns one chunk of lines per row (a page break may fall between rows).
 */
export function tabTableRows(rows: TableRows, r: Random, wrapLabels: boolean): string[][] {
  return tableGrid(rows).map((slots) => {
    const lines: string[] = [];
    let prev: unknown = null;
    for (const slot of slots) {
      if (slot.cell === prev) continue; // the rest of a colspan
      prev = slot.cell;
      if (!slot.firstRow) {
        lines.push('\t');
        continue;
      }
      lines.push(...cellLines(slot.cell.text, r, wrapLabels));
    }
    return [...lines, ''];
  });
}

function cellLines(text: string, r: Random, wrapLabels: boolean): string[] {
  const isLabel = !/^-?\d+(\.\d+)?$/.test(text) && text.length > 0;
  if (wrapLabels && isLabel && text.length > 20 && r.chance(0.3)) {
    const at = r.int(12, 20);
    return [`\t${text.slice(0, at)}`, text.slice(at)];
  }
  if (wrapLabels && isLabel && text.length === 4 && r.chance(0.15)) return [`\t${text.slice(0, 2)}`, '', text.slice(2)];
  return [`\t${text}`];
}
