import { splitLines } from './split-sections.ts';

/** One table cell (or one prose line, so parsers can see where a table ends), with offsets into the text. */
export interface Cell {
  text: string;
  start: number;
  end: number;
  prose: boolean;
  /** First cell of a pipe row: pipe tables carry their own row boundaries. */
  rowStart: boolean;
}

const BLANK = /^(|-|—|——|\/|／)$/;
const NUMBER = /^[-+]?\d+(\.\d+)?$/;

export const isBlankCell = (c: Cell | undefined): boolean => c !== undefined && !c.prose && BLANK.test(c.text);
export const isNumberCell = (c: Cell | undefined): boolean => c !== undefined && !c.prose && NUMBER.test(c.text);
export const isValueCell = (c: Cell | undefined): boolean => isBlankCell(c) || isNumberCell(c);
export const isLabelCell = (c: Cell | undefined): boolean => c !== undefined && !c.prose && !isValueCell(c);

function pipeCells(text: string, start: number): Cell[] {
  const cells: Cell[] = [];
  let pos = text.indexOf('|') + 1;
  while (pos < text.length) {
    const next = text.indexOf('|', pos);
    const stop = next < 0 ? text.length : next;
    const raw = text.slice(pos, stop);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (next >= 0 || t.length > 0) {
      cells.push({ text: t, start: start + pos + lead, end: start + pos + lead + t.length, prose: false, rowStart: cells.length === 0 });
    }
    pos = stop + 1;
  }
  // Markdown separator rows (|---|:---:|) carry no cells.
  return cells.every((c) => /^:?-{2,}:?$/.test(c.text)) ? [] : cells;
}

/**
 * The normalised text as a stream of cells: a TAB line is one cell (a lone TAB is a blank cell),
 * a pipe row is a row of cells, and any other line is prose. Plain lines holding only a number are
 * cells too: some extractions drop the TABs but keep one cell per line.
 */
export function tableCells(text: string): Cell[] {
  const cells: Cell[] = [];
  for (const line of splitLines(text)) {
    if (line.text.startsWith('|')) {
      cells.push(...pipeCells(line.text, line.start));
    } else if (line.text.startsWith('\t')) {
      const t = line.text.trim();
      const lead = line.text.indexOf(t);
      cells.push({ text: t, start: line.start + lead, end: line.start + lead + t.length, prose: false, rowStart: false });
    } else {
      const t = line.text.trim();
      const prose = !NUMBER.test(t);
      cells.push({ text: t, start: line.start, end: line.end, prose, rowStart: false });
    }
  }
  return cells;
}

export function cellNumber(c: Cell): number | null {
  return isNumberCell(c) ? Number(c.text) : null;
}

/** Label text for matching: no spaces, one kind of bracket and comma. */
export function labelKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/，/g, '、');
}
