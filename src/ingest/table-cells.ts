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
 * A row that lost its leading pipe ("规章 |", "0 |", "行政许可 | 0 | 0 |"): PDF→markdown converters
 * write one cell per line this way, and the normaliser may re-join such lines into one
 * ("信息内容|上一年项目数量|…|0 |0 |"). Either way the line boundaries are not the table's rows, so
 * the cells are a row-less stream (like TAB lines).
 */
function openPipeCells(text: string, start: number): Cell[] {
  const cells = pipeCells(`|${text}`, start - 1);
  for (const c of cells) c.rowStart = false;
  return cells;
}

/** Short segments between pipes: a table line, not prose that happens to hold a "|". */
const OPEN_PIPE_ROW = /^[^|\n]{1,60}(\|[^|\n]{0,60})+\|?\s*$/;

/** Three or more figures separated by spaces: a table row whose cell borders the extraction lost. */
const NUMBER_RUN = /^[ \t\u3000]*[-+]?\d+(?:\.\d+)?(?:[ \t\u3000]+[-+]?\d+(?:\.\d+)?){2,}[ \t\u3000]*$/;

function numberRunCells(text: string, start: number): Cell[] {
  const cells: Cell[] = [];
  for (const m of text.matchAll(/[-+]?\d+(?:\.\d+)?/g)) {
    const at = start + (m.index ?? 0);
    cells.push({ text: m[0], start: at, end: at + m[0].length, prose: false, rowStart: cells.length === 0 });
  }
  return cells;
}

/**
 * A row label followed by three or more figures on one line ("（七）总计 4 1 0 0 0 0 5", PDF text
 * without cell marks; the first figure may touch the label). The label does not end in a digit, so
 * "2023年" or "第3" stay prose.
 */
const LABEL_THEN_FIGURES = /^(.*[^\d\s.+-])[ \t\u3000]*([-+]?\d+(?:\.\d+)?(?:[ \t\u3000]+[-+]?\d+(?:\.\d+)?){2,})[ \t\u3000]*$/;

function labelThenFigureCells(text: string, start: number): Cell[] {
  const m = LABEL_THEN_FIGURES.exec(text);
  const label = m?.[1]?.trim() ?? '';
  const figures = m?.[2] ?? '';
  const lead = text.indexOf(label);
  const labelCell: Cell = { text: label, start: start + lead, end: start + lead + label.length, prose: false, rowStart: true };
  const figureCells = numberRunCells(figures, start + text.lastIndexOf(figures));
  for (const c of figureCells) c.rowStart = false;
  return [labelCell, ...figureCells];
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
    } else if (OPEN_PIPE_ROW.test(line.text)) {
      cells.push(...openPipeCells(line.text, line.start));
    } else if (line.text.startsWith('\t')) {
      const t = line.text.trim();
      const lead = line.text.indexOf(t);
      cells.push({ text: t, start: line.start + lead, end: line.start + lead + t.length, prose: false, rowStart: false });
    } else if (NUMBER_RUN.test(line.text)) {
      cells.push(...numberRunCells(line.text, line.start));
    } else if (LABEL_THEN_FIGURES.test(line.text)) {
      cells.push(...labelThenFigureCells(line.text, line.start));
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
