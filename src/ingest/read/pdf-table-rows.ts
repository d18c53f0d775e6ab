import { joinRuns, type Line, type PdfText, type TextLine } from './pdf-runs.ts';

/** A table's figure, with the unit some cells carry (收费金额 "0万元", 比例 "12%"). */
const NUMBER = /^[-+]?\d+(?:\.\d+)?(?:万元|元|%)?$/;
const UNIT = /^(?:万元|元|%)$/;
/** A label that starts a row of its own (（三）, 2., 四、, ①): never the wrapped rest of the cell above. */
const ENUMERATED = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[①-⑳])/;
/** A run wider than this share of the page is prose, not a table cell. */
const WIDE = 0.45;
/** A section heading (三、收到和处理…情况) on a line of its own stays a line: the sections are split on it. */
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、/;

interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  height: number;
  numeric: boolean;
}

interface Row {
  y: number;
  labels: Cell[];
  figures: string[];
}

/** A table cell's text, gathered from the wrapped lines it takes (top to bottom). */
interface Cell {
  text: string;
  x0: number;
  /** The middle of its first line: the lines of a centred cell share it, not their left edge. */
  centre: number;
  top: number;
  bottom: number;
  height: number;
  /** Whether its last line is a figure row's line (two such lines are two rows, never one cell). */
  endsOnRow: boolean;
  lines: number;
}

/** A line's runs cut at cell borders (a gap of a quarter of the font size), each figure a segment of its own. */
function segmentsOf(line: Line): Segment[] {
  const segments: Segment[] = [];
  let run: PdfText[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const text = joinRuns(run);
    const last = run.at(-1) as PdfText;
    segments.push({ text, x0: (run[0] as PdfText).x, x1: last.x + last.width, y: line.y, height: line.height, numeric: NUMBER.test(text) });
    run = [];
  };
  for (const item of line.items) {
    const prev = run.at(-1);
    if (prev) {
      const apart = item.x - (prev.x + prev.width) > Math.max(item.height, 1) / 4;
      // A unit set in its own run right after its figure ("0" "万元") stays with it.
      const unitOfFigure = !apart && UNIT.test(item.str.trim()) && NUMBER.test(joinRuns(run));
      if (!unitOfFigure && (apart || NUMBER.test(item.str.trim()) || NUMBER.test(prev.str.trim()))) flush();
    }
    run.push(item);
  }
  flush();
  return segments;
}

/**
 * A table row's line: figures after its label and nothing after them (prose keeps its numbers among its
 * words); two will do after a label (the two-column 第二十条 blocks), three without one.
 */
function isFigureRow(segments: Segment[]): boolean {
  const firstFigure = segments.findIndex((s) => s.numeric);
  const figures = segments.length - firstFigure;
  return firstFigure >= 0 && figures >= (firstFigure > 0 ? 2 : 3) && segments.slice(firstFigure).every((s) => s.numeric);
}

function continues(cell: Cell, s: Segment, onRow: boolean): boolean {
  const pitch = cell.bottom - s.y;
  const aligned = Math.abs(cell.x0 - s.x0) <= 2 || Math.abs(cell.centre - (s.x0 + s.x1) / 2) <= 2;
  return aligned && pitch > 0 && pitch <= 1.5 * Math.min(cell.height, s.height) && !ENUMERATED.test(s.text) && !(cell.endsOnRow && onRow);
}

/** The median font size of the figure rows: the table's own, whatever the headings use. */
function tableFontSize(lines: Line[], figureLines: Set<number>): number {
  const sizes = [...figureLines].map((i) => (lines[i] as Line).height).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 12;
}

const isWide = (s: Segment, pageWidth: number): boolean => s.x1 - s.x0 > WIDE * pageWidth;

/** A line a table does not run through: a section heading alone on it, or prose across the page. */
function outsideTable(segs: Segment[], pageWidth: number): boolean {
  return (segs.length === 1 && SECTION_HEADING.test((segs[0] as Segment).text)) || segs.some((s) => isWide(s, pageWidth));
}

/**
 * How far the table stretch reaches from figure row `from`, one line at a time in direction `step`
 * (-1: the header lines above the first row; +1: the wrapped lines below the last), while the lines
 * stay closer together than `maxGap` and are not a heading or prose.
 */
function tableEdge(lines: Line[], segments: Segment[][], from: number, step: -1 | 1, maxGap: number, pageWidth: number): number {
  let i = from;
  for (let next = i + step; next >= 0 && next < lines.length; next += step) {
    if (outsideTable(segments[next] ?? [], pageWidth) || Math.abs((lines[i] as Line).y - (lines[next] as Line).y) > maxGap) break;
    i = next;
  }
  return i;
}

/** A cell standing on its own: a TAB line per cell (the table reader's cells); cells a text run ran together are split. */
function cellLines(cell: Cell): string[] {
  if (cell.lines === 1 && SECTION_HEADING.test(cell.text)) return [cell.text];
  return cell.text.split(/(?<=[\u3400-\u9fff）)])\s+(?=[\u3400-\u9fff（(])/).map((t) => `\t${t}`);
}

/**
 * The rows of a ruled table as PDF text gives them: a cell of a narrow column wraps onto several
 * lines, above and below the line its row's figures stand on, and a label spanning several rows
 * (三、本年度办理结果) wraps beside them. From the header lines above a page's first figure row to the
 * wrapped lines just below its last, the wrapped lines of a cell are joined again; a cell that spans
 * one row's figures is that row's label, and a row is written as its labels and figures, a TAB line
 * each (the one-cell-per-line layout of text extractions). Any other cell stands on a TAB line of its
 * own (a header; a label spanning rows, before them). Lines outside that stretch (prose), and section
 * headings and prose inside it, are left as they were.
 */
export function withTableRows(lines: Line[], pageWidth: number): TextLine[] {
  const segments = lines.map(segmentsOf);
  const figureLines = new Set(lines.flatMap((_, i) => (isFigureRow(segments[i] ?? []) ? [i] : [])));
  if (figureLines.size === 0) return lines.map((l) => ({ y: l.y, text: joinRuns(l.items) }));
  const h = tableFontSize(lines, figureLines);
  const from = tableEdge(lines, segments, Math.min(...figureLines), -1, 4 * h, pageWidth);
  const to = tableEdge(lines, segments, Math.max(...figureLines), 1, 1.5 * h, pageWidth);
  const out: (TextLine & { first?: boolean })[] = [];
  const rows: Row[] = [];
  const cells: Cell[] = [];
  lines.forEach((line, i) => {
    if (i < from || i > to) return void out.push({ y: line.y, text: joinRuns(line.items) });
    const onRow = figureLines.has(i);
    const segs = segments[i] ?? [];
    if (onRow) rows.push({ y: line.y, labels: [], figures: segs.filter((s) => s.numeric).map((s) => s.text) });
    for (const s of segs.filter((seg) => !seg.numeric || !onRow)) {
      if (!onRow && isWide(s, pageWidth)) {
        out.push({ y: s.y, text: s.text });
        continue;
      }
      const open = cells.find((c) => continues(c, s, onRow));
      if (open) Object.assign(open, { text: open.text + s.text, bottom: s.y, endsOnRow: onRow, lines: open.lines + 1 });
      else cells.push({ text: s.text, x0: s.x0, centre: (s.x0 + s.x1) / 2, top: s.y, bottom: s.y, height: s.height, endsOnRow: onRow, lines: 1 });
    }
  });
  for (const cell of cells) {
    const tol = cell.height / 2;
    const spanned = rows.filter((r) => r.y <= cell.top + tol && r.y >= cell.bottom - tol);
    if (spanned.length === 1) (spanned[0] as Row).labels.push(cell);
    else {
      const parts = cellLines(cell);
      const loose = spanned.length === 0 && parts.length === 1 && !ENUMERATED.test(cell.text) ? { looseCell: cell.text } : {};
      parts.forEach((text) => out.push({ y: cell.top, text, first: spanned.length > 1, ...loose }));
    }
  }
  for (const row of rows) {
    // Each label cell apart, left to right (an outer row group's, then the row's own), then the figures.
    const labels = row.labels.sort((a, b) => a.x0 - b.x0).map((c) => c.text);
    out.push({ y: row.y, text: rowText(labels, row.figures), row: { labels, figures: row.figures } });
  }
  // Top to bottom (a stable sort keeps a cell's split parts in order); a label spanning rows comes before the first of them.
  return out.sort((a, b) => b.y - a.y || Number(b.first ?? false) - Number(a.first ?? false)).map(({ first: _first, ...line }) => line);
}

const rowText = (labels: string[], figures: string[]): string => [...labels, ...figures].map((c) => `\t${c}`).join('\n');

/**
 * A label the page break cut ("4.无正当理由大量反" | "复申请"): the next page's table starts with a lone
 * cell and then a row, right after a row on the page before. The lone cell is that row's label's end;
 * it joins it, and `last` is rewritten. False (nothing changed) for anything else, such as a table
 * header repeated on the new page (several cells before its first row).
 */
export function joinCutLabel(last: TextLine | undefined, first: TextLine | undefined, second: TextLine | undefined): boolean {
  const rest = first?.looseCell;
  if (!last?.row || rest === undefined || !second?.row || last.row.labels.length === 0) return false;
  const labels = [...last.row.labels.slice(0, -1), `${last.row.labels.at(-1) ?? ''}${rest}`];
  Object.assign(last, { row: { ...last.row, labels }, text: rowText(labels, last.row.figures) });
  return true;
}

/** The runs of lone cells that stand right before a row on a page: a table's header, as printed. */
function headerRuns(lines: TextLine[]): { start: number; texts: string[] }[] {
  const runs: { start: number; texts: string[] }[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (line.looseCell !== undefined) return;
    if (line.row && i > start) runs.push({ start, texts: lines.slice(start, i).map((l) => l.looseCell ?? '') });
    start = i + 1;
  });
  return runs;
}

/**
 * A table header printed again at the top of each page it runs onto ("repeat heading rows"): dropped
 * there, so the header's cells do not stand between the rows of the table they head. Only a run of two
 * or more lone cells, before the page's first row, each of them a cell of a header seen on an earlier page.
 */
export function dropRepeatedHeaders(pages: TextLine[][]): void {
  const seen = new Set<string>();
  pages.forEach((lines, p) => {
    const runs = headerRuns(lines);
    const top = runs[0];
    const repeated = p > 0 && top !== undefined && top.start === 0 && top.texts.length >= 2 && top.texts.every((t) => seen.has(t));
    for (const run of runs) for (const t of run.texts) seen.add(t);
    if (repeated) lines.splice(0, top.texts.length);
  });
}
