import { withTableRows } from './pdf-table-rows.ts';

/** A run of text on a PDF page: its string, where it starts (x, baseline y, in points, y up), its size. */
export interface PdfText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

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

/** The runs of one baseline, left to right. */
export interface Line {
  y: number;
  height: number;
  items: PdfText[];
}

/** A line of the page's text as it will be written, with its baseline. */
export interface TextLine {
  y: number;
  text: string;
}

/** Runs on one baseline, allowing for the small shifts of mixed fonts (digits sit a point higher). */
export function linesOf(items: PdfText[]): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const size = Math.max(item.height, 1);
    if (line && Math.abs(line.y - item.y) <= Math.max(2, 0.4 * Math.min(size, line.height))) line.items.push(item);
    else lines.push({ y: item.y, height: size, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

// Runs further apart than a third of the font size are separate words or table cells: a space keeps
// them apart (the table reader splits "label 8 1 0 … 10" rows on spaces). Closer runs are one word.
export function joinRuns(items: PdfText[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > Math.max(item.height, 1) / 3) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

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
 * The text of a PDF's pages, a line per row of text in reading order (top to bottom, left to right, so
 * a table row's cells stay on one line), pages separated by a form feed on a line of its own (a citation
 * counts them to name the page). Page numbers at the top or bottom edge are dropped, and so is a line
 * repeated at the same edge of most pages (a running header or footer).
 */
export function pdfPagesToText(pages: PdfPage[]): string {
  const linesByPage = pages.map((p) => withTableRows(linesOf(p.items), p.width));
  const edgeLines = pages.map((p, i) => (linesByPage[i] ?? []).filter((l) => nearEdge(l, p.height)).map((l) => l.text));
  const edgeCounts = new Map<string, number>();
  for (const texts of edgeLines) for (const t of new Set(texts)) edgeCounts.set(t, (edgeCounts.get(t) ?? 0) + 1);
  const running = (t: string): boolean => pages.length >= 3 && (edgeCounts.get(t) ?? 0) > pages.length / 2;
  const offset = bareNumberOffset(edgeLines);
  const furniture = (t: string, page: number): boolean => MARKED_PAGE_NUMBER.test(t) || running(t) || (offset !== null && BARE_NUMBER.test(t) && Number(t) === page + offset);
  return pages
    .map((p, i) =>
      (linesByPage[i] ?? [])
        .filter((l) => !(nearEdge(l, p.height) && furniture(l.text, i + 1)))
        .map((l) => l.text)
        .join('\n'),
    )
    .join('\n\f\n');
}
