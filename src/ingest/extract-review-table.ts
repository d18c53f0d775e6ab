import type { Fact, Problem } from '../model/fact.ts';
import { blankCellProblem, type BlankCell } from './blank-cell-problem.ts';
import { placeCells, problemAt, type FactContext } from './fact-context.ts';
import { LITIGATION_OUTCOMES, REVIEW_BLOCK, REVIEW_COLUMNS } from './review-columns.ts';
import { cellNumber, isBlankCell, isLabelCell, isNumberCell, isValueCell, labelKey, type Cell } from './table-cells.ts';

const WIDTH = REVIEW_COLUMNS.length;
const HEADER_SPAN = 80;

/**
 * The header: a 行政复议 label cell with a 行政诉讼 label cell soon after it; in between only copies of
 * 行政复议 or blank cells (a merged cell repeated or left empty by the layout).
 */
function headerEnd(cells: Cell[]): number {
  for (let i = 0; i < cells.length; i++) {
    if (!isHeaderCell(cells[i]) || labelKey(cells[i]?.text ?? '') !== '行政复议') continue;
    for (let j = i + 1; j < Math.min(cells.length, i + 12); j++) {
      const key = labelKey(cells[j]?.text ?? '');
      if (key === '行政诉讼') return j;
      if (key !== '行政复议' && !isBlankCell(cells[j])) break;
    }
  }
  return -1;
}

/**
 * A header label: a table cell, or a short line of its own (PDF text keeps one header cell per line
 * with no cell marks; an exact short label is not prose).
 */
const isHeaderCell = (c: Cell | undefined): boolean => isLabelCell(c) || (c !== undefined && c.prose && c.text.length <= 12);

/** The cells of the first run of value cells holding a number after the header (at most HEADER_SPAN on). */
function valueRun(cells: Cell[], from: number): Cell[] {
  let run: Cell[] = [];
  for (let i = from; i < Math.min(cells.length, from + HEADER_SPAN); i++) {
    const c = cells[i];
    if (isValueCell(c) && c) {
      run.push(c);
    } else if (run.length >= WIDTH && run.some(isNumberCell)) {
      break;
    } else {
      run = [];
    }
  }
  return run.length >= WIDTH && run.some(isNumberCell) ? run : [];
}

/** The template sums: each block's 总计 is its outcomes (reference §6c). */
function addsUp(row: Cell[]): boolean {
  const v = row.map((c) => cellNumber(c) ?? 0);
  for (let k = 0; k < WIDTH; k += REVIEW_BLOCK) {
    const block = v.slice(k, k + REVIEW_BLOCK);
    if (block.slice(0, -1).reduce((s, x) => s + x, 0) !== block.at(-1)) return false;
  }
  return true;
}

const isNumbering = (row: Cell[]): boolean => row.every((c, k) => cellNumber(c) === k + 1);

/**
 * The data row: a run may hold more than one row of 15 (a row of column numbers 1…15 above the
 * figures, or a second table). Of the rows it holds, the first whose totals add up wins; else the
 * first that is not the numbering (its sums are then flagged by the consistency checks).
 */
function dataRow(cells: Cell[], from: number): Cell[] | null {
  const run = valueRun(cells, from);
  // Blank slots left by a merged header cell just before the figures are not figures.
  while (run.length % WIDTH !== 0 && isBlankCell(run[0]) && run.slice(WIDTH).some(isNumberCell)) run.shift();
  const rows: Cell[][] = [];
  for (let k = 0; k + WIDTH <= run.length; k += WIDTH) rows.push(run.slice(k, k + WIDTH));
  return rows.find((r) => addsUp(r) && !isNumbering(r)) ?? rows.find((r) => !isNumbering(r)) ?? null;
}

function checkHeader(ctx: FactContext, cells: Cell[], from: number, to: number, problems: Problem[]): void {
  const labels = cells.slice(from, to).filter(isHeaderCell).map((c) => labelKey(c.text));
  // Occurrences, not cells: PDF text may run the header cells into one line.
  const totals = labels.join('|').split('总计').length - 1;
  if (totals < 3) {
    problems.push(problemAt(ctx, 'table_header', cells[from]?.start ?? 0, `the 行政复议/行政诉讼 header has ${totals} 总计 columns, expected at least 3; the template column order was assumed`));
  }
}

/**
 * PDF text whose header cells the normaliser joined into one line: "行政复议…行政诉讼…总计", with the
 * 15 figures at its end ("…复议后起诉 2 1 0 …") or on the lines after it.
 */
const JOINED_HEADER = /^[^\d]{0,20}行政复议[^\d]{0,40}行政诉讼[^\d]*总计/;
const TRAILING_FIGURES = /[-+]?\d+(?:[ \t\u3000]+[-+]?\d+)*[ \t\u3000]*$/;

function joinedHeaderRow(cells: Cell[]): { at: number; row: Cell[] | null } {
  const at = cells.findIndex((c) => !isValueCell(c) && JOINED_HEADER.test(labelKey(c.text)));
  const cell = cells[at];
  if (!cell) return { at: -1, row: null };
  const tail = TRAILING_FIGURES.exec(cell.text);
  if (!tail) return { at, row: dataRow(cells, at + 1) };
  const figures = [...tail[0].matchAll(/[-+]?\d+/g)].map((m): Cell => {
    const start = cell.start + tail.index + (m.index ?? 0);
    return { text: m[0], start, end: start + m[0].length, prose: false, rowStart: false };
  });
  return { at, row: figures.length === WIDTH ? figures : null };
}

/** The section heading of the table ("四、政府信息公开行政复议、行政诉讼情况"). */
const SECTION_HEADING = /^[一二三四五六七八九十]+、.{0,12}行政复议.{0,4}行政诉讼/;

/**
 * No header to read (generic Column1…Column15 or 列1… headers, or none): a row of 15 figures right
 * under the section heading is read in template order only when its 总计 columns add up.
 */
function rowUnderHeading(cells: Cell[]): { at: number; row: Cell[] | null } {
  const at = cells.findIndex((c) => c.prose && SECTION_HEADING.test(labelKey(c.text)));
  const row = at >= 0 ? dataRow(cells, at + 1) : null;
  return row && addsUp(row) ? { at, row } : { at: -1, row: null };
}

function findRow(cells: Cell[]): { at: number; row: Cell[] | null } {
  const start = headerEnd(cells);
  if (start >= 0) return { at: start, row: dataRow(cells, start + 1) };
  const joined = joinedHeaderRow(cells);
  return joined.at >= 0 ? joined : rowUnderHeading(cells);
}

export function extractReviewTable(ctx: FactContext, cells: Cell[]): { facts: Fact[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { at: start, row } = findRow(cells);
  if (start < 0) return { facts: [], problems };
  if (!row) {
    problems.push(problemAt(ctx, 'table_row_cells', cells[start]?.start ?? 0, 'the 行政复议/行政诉讼 table has no row of 15 figures'));
    return { facts: [], problems };
  }
  const first = row[0];
  const firstAt = first ? cells.indexOf(first) : -1;
  if (firstAt >= 0) checkHeader(ctx, cells, start, firstAt, problems);
  const place = placeCells(ctx, row);
  const facts: Fact[] = [];
  const blanks: BlankCell[] = [];
  row.forEach((cell, k) => {
    const value = cellNumber(cell);
    const col = REVIEW_COLUMNS[k];
    if (!col) return;
    if (value === null) {
      blanks.push({ metric: col.metric, dims: col.route ? { route: col.route } : {}, column: col.label });
      return;
    }
    facts.push({
      metric: col.metric, dims: col.route ? { route: col.route } : {}, label: col.label, value, unit: '件', qualifier: null,
      scope: 'year', derived: false, ...place,
    });
  });
  const blank = blankCellProblem(ctx, '行政复议/行政诉讼', first?.start ?? 0, blanks);
  if (blank) problems.push(blank);
  return { facts: [...facts, ...litigationTotals(facts)], problems };
}

/** The template has no combined 行政诉讼 column; users ask for it, so sum the two routes when both are stated. */
function litigationTotals(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const { key } of LITIGATION_OUTCOMES) {
    const parts = facts.filter((f) => f.metric === key);
    const first = parts[0];
    if (parts.length !== 2 || !first) continue;
    out.push({
      ...first, dims: {}, derived: true, value: parts.reduce((s, f) => s + f.value, 0),
      label: `行政诉讼 ${first.label.split(' ').at(-1) ?? ''}（未经复议直接起诉与复议后起诉合计）`,
    });
  }
  return out;
}
