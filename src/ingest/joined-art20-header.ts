import { ART20_COLUMN_LABEL } from './art20-labels.ts';
import { labelKey, type Cell } from './table-cells.ts';

/** A 第二十条 block header whose cells PDF text run together: "第二十条第(一)项信息内容本年制发件数…规章". */
export const JOINED_BLOCK = /^第二十条第\([一二三四五六七八九十]+\)项(?=.)/;

/**
 * The column labels and the first row's label of a joined header (null when the header ends with the
 * columns), or null when the rest is not template labels and a row label (prose, or an unknown layout).
 */
export function splitJoinedHeader(cell: Cell): { columns: string[]; firstRow: Cell | null } | null {
  const { columns, rest } = leadingColumnLabels(labelKey(cell.text).replace(JOINED_BLOCK, '').replace(/^信息内容/, ''));
  if (columns.length === 0 || rest.length > 20) return null;
  if (rest.length === 0) return { columns, firstRow: null }; // the first row label is a cell of its own
  // The row label is the end of the cell: quote it alone when the raw text ends with it.
  const at = cell.text.trimEnd().endsWith(rest) ? cell.text.trimEnd().length - rest.length : 0;
  const firstRow: Cell = { ...cell, text: rest, start: cell.start + at, prose: false };
  return { columns, firstRow };
}

/** The template column labels `text` starts with, and what follows them. */
function leadingColumnLabels(text: string): { columns: string[]; rest: string } {
  let rest = text;
  const columns: string[] = [];
  for (let m = ART20_COLUMN_LABEL.exec(rest); m; m = ART20_COLUMN_LABEL.exec(rest)) {
    columns.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  return { columns, rest };
}

/**
 * One header cell that is several column labels run together ("本年制发件数本年废止件数现行有效件数": a
 * PDF table printed without cell padding), split into them; null for anything else.
 */
export function splitColumnLabels(cell: Cell): Cell[] | null {
  const { columns, rest } = leadingColumnLabels(labelKey(cell.text));
  return columns.length > 1 && rest === '' ? columns.map((text) => ({ ...cell, text })) : null;
}
