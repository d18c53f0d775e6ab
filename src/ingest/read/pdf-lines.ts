import { linesOf, type PdfText, type TextLine } from './pdf-runs.ts';
import { dropRepeatedHeaders, joinCutLabel, withTableRows } from './pdf-table-rows.ts';

export type { PdfText } from './pdf-runs.ts';

/** One page's text runs, and the page's size (to tell headers and footers, and prose from table cells). */
export interface PdfPage {
  items: PdfText[];
  width: number;
  height: number;
}

/** Page numbers that say so: "- 3 -", "第3页", "第 3 页 共 10 页", "3/10". */
const MARKED_PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A bare number: a page number only if it counts the pages (a table cell at the top of a page is one too). */
const BARE_NUMBER = /^\d{1,4}$/;
/** Lines this close to the top or bottom edge (share of the page height) may be a header or footer. */
const EDGE = 0.1;

const nearEdge = (line: TextLine, height: number): boolean => height > 0 && (line.y > height * (1 - EDGE) || line.y < height * EDGE);

/**
 * How far printed bare page numbers run ahead of the page index (0 when page 1 says 1; a report
 * printed from page 3 of a bundle says 3), if most pages' edges hold a bare number that agrees.
 */
function bareNumberOffset(edgeLines: string[][]): number | null {
  const counts = new Map<number, number>();
  edgeLines.forEach((texts, i) => {
    for (const offset of new Set(texts.filter((t) => BARE_NUMBER.test(t)).map((t) => Number(t) - (i + 1)))) counts.set(offset, (counts.get(offset) ?? 0) + 1);
  });
  const [offset, pages] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return pages > edgeLines.length / 2 ? offset : null;
}

/**
 * The text of a PDF's pages in reading order (top to bottom, left to right; a table's rows rebuilt by
 * pdf-table-rows.ts), pages separated by a form feed on a line of its own (a citation counts them to
 * name the page). Page numbers at the top or bottom edge are dropped, and so is a line
 * repeated at the same edge of most pages (a running header or footer) after the first page.
 */
export function pdfPagesToText(pages: PdfPage[]): string {
  const linesByPage = pages.map((p) => withTableRows(linesOf(p.items), p.width));
  const edgeLines = pages.map((p, i) => (linesByPage[i] ?? []).filter((l) => nearEdge(l, p.height)).map((l) => l.text));
  const edgeCounts = new Map<string, number>();
  for (const texts of edgeLines) for (const t of new Set(texts)) edgeCounts.set(t, (edgeCounts.get(t) ?? 0) + 1);
  const running = (t: string): boolean => pages.length >= 3 && (edgeCounts.get(t) ?? 0) > pages.length / 2;
  const offset = bareNumberOffset(edgeLines);
  // A running header is kept on the first page: it is often the report's title, which names its agency.
  const furniture = (t: string, page: number): boolean =>
    MARKED_PAGE_NUMBER.test(t) || (page > 1 && running(t)) || (offset !== null && BARE_NUMBER.test(t) && Number(t) === page + offset);
  const kept = pages.map((p, i) => (linesByPage[i] ?? []).filter((l) => !(nearEdge(l, p.height) && furniture(l.text, i + 1))));
  dropRepeatedHeaders(kept);
  kept.forEach((lines, i) => {
    if (i > 0 && joinCutLabel(kept[i - 1]?.at(-1), lines[0], lines[1])) lines.shift();
  });
  return kept.map((lines) => lines.map((l) => l.text).join('\n')).join('\n\f\n');
}
