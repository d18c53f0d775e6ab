/** A run of text on a PDF page: its string, where it starts (x, baseline y, in points, y up), its size. */
export interface PdfText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

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
  /** A table row's cells, when the line is one (its text is made from them). */
  row?: { labels: string[]; figures: string[] };
  /** A table cell alone on its line, on no row: perhaps the rest of a label the page break cut. */
  looseCell?: string;
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
