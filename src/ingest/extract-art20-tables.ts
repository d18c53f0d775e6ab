import type { Fact, Problem } from '../model/fact.ts';
import { art20ColumnOf, art20RowOf } from './art20-labels.ts';
import { blankCellProblem, type BlankCell } from './blank-cell-problem.ts';
import { placeCells, problemAt, type FactContext } from './fact-context.ts';
import { JOINED_BLOCK, splitColumnLabels, splitJoinedHeader } from './joined-art20-header.ts';
import { cellNumber, isBlankCell, isLabelCell, isNumberCell, isValueCell, labelKey, type Cell } from './table-cells.ts';

const BLOCK = /^第二十条第\(([一二三四五六七八九十]+)\)项$/;

interface Column {
  key: string;
  label: string;
  unit: string;
}

function column(label: string): Column {
  const key = labelKey(label);
  const hit = art20ColumnOf(key);
  const unitInLabel = /单位[:：]?([\u4e00-\u9fff]{1,3})/.exec(key)?.[1];
  return { key: hit?.key ?? key, label, unit: unitInLabel ?? hit?.unit ?? '' };
}

/** Distinct consecutive labels: a pipe row repeats a colspan cell in every slot it covers. */
function labelsUntilValue(cells: Cell[], i: number): { labels: Cell[]; next: number } {
  const labels: Cell[] = [];
  let j = i;
  for (; j < cells.length && isLabelCell(cells[j]); j++) {
    const c = cells[j];
    if (c && labels.at(-1)?.text !== c.text) labels.push(c);
  }
  return { labels, next: j };
}

function blockFacts(ctx: FactContext, cells: Cell[], at: number, problems: Problem[]): Fact[] {
  // The block header's spanning cell may leave blank slots ("|||") before the column labels.
  let from = at + 1;
  while (isBlankCell(cells[from])) from++;
  const { labels, next } = labelsUntilValue(cells, from);
  const body = labels.flatMap((c) => splitColumnLabels(c) ?? [c]).filter((c) => !BLOCK.test(labelKey(c.text)) && labelKey(c.text) !== '信息内容');
  const firstRow = body.at(-1);
  const columns = body.slice(0, -1).map((c) => column(c.text));
  return firstRow ? blockRows(ctx, cells, next, firstRow, columns, problems) : [];
}

/** A row label: a label cell, or a line of its own that names a template row (PDF text keeps no cell marks). */
const isRowLabel = (c: Cell | undefined): boolean =>
  c !== undefined && !BLOCK.test(labelKey(c.text)) && !JOINED_BLOCK.test(labelKey(c.text)) &&
  (isLabelCell(c) || (c.prose && c.text.length <= 20 && art20RowOf(labelKey(c.text)) !== null));

/** Rows from cell i on: the first row's figures, then label + figures while they last. */
function blockRows(ctx: FactContext, cells: Cell[], i: number, firstRow: Cell, columns: Column[], problems: Problem[]): Fact[] {
  if (columns.length === 0) return [];
  const facts: Fact[] = [];
  let rowLabel: Cell | undefined = firstRow;
  while (rowLabel) {
    const values = cells.slice(i, i + columns.length);
    if (values.length < columns.length || !values.every(isFigureCell)) {
      problems.push(problemAt(ctx, 'table_row_cells', rowLabel.start, `row "${rowLabel.text}" does not have ${columns.length} cells`));
      break;
    }
    facts.push(...rowFacts(ctx, rowLabel, values, columns, problems));
    i += columns.length;
    const after = cells[i];
    rowLabel = isRowLabel(after) && isValueCell(cells[i + 1]) ? after : undefined;
    i += 1;
  }
  return facts;
}

/** A block whose header cells the text ran into one line, with the first row's label at its end. */
function joinedBlockFacts(ctx: FactContext, cells: Cell[], at: number, problems: Problem[]): Fact[] {
  const cell = cells[at];
  const header = cell ? splitJoinedHeader(cell) : null;
  if (!header) return [];
  const columns = header.columns.map(column);
  if (header.firstRow) return blockRows(ctx, cells, at + 1, header.firstRow, columns, problems);
  const next = cells[at + 1];
  return next && isRowLabel(next) ? blockRows(ctx, cells, at + 2, next, columns, problems) : [];
}

const VALUE_WITH_UNIT = /^([-+]?\d+(?:\.\d+)?)(万元|元|件|项|个)?$/;

/** A cell's figure, with the unit written in the cell if any ("1894400元"). */
function cellValue(cell: Cell): { value: number; unit?: string } | null {
  const plain = cellNumber(cell);
  if (plain !== null) return { value: plain };
  const m = VALUE_WITH_UNIT.exec(cell.text.replace(/\s+/g, ''));
  return m?.[1] ? { value: Number(m[1]), unit: m[2] } : null;
}

/** A value slot of a row: a figure (with its unit, "0万元", as some tables write the amount), or blank. */
const isFigureCell = (c: Cell): boolean => isValueCell(c) || cellValue(c) !== null;

function rowFacts(ctx: FactContext, label: Cell, values: Cell[], columns: Column[], problems: Problem[]): Fact[] {
  const key = labelKey(label.text);
  const metric = art20RowOf(key) ?? 'figure';
  const place = placeCells(ctx, [label, ...values]);
  const facts: Fact[] = [];
  const blanks: BlankCell[] = [];
  values.forEach((cell, k) => {
    const v = cellValue(cell);
    const col = columns[k];
    if (!col) return;
    if (v === null) {
      if (isBlankCell(cell)) blanks.push({ metric, dims: { column: col.key }, column: col.label });
      return;
    }
    facts.push({
      metric, dims: { column: col.key }, label: `${label.text}（${col.label}）`, value: v.value, unit: v.unit ?? col.unit, qualifier: null,
      scope: col.key === 'in_force' || col.key === 'total_published' ? 'cumulative' : 'year', derived: false, ...place,
    });
  });
  const blank = blankCellProblem(ctx, label.text, label.start, blanks);
  if (blank) problems.push(blank);
  return facts;
}

/** Pipe rows from cell i on, each a list of cells, until a row that is not part of a pipe table. */
function pipeRows(cells: Cell[], i: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let j = i; j < cells.length; j++) {
    const c = cells[j];
    if (!c || c.prose) break;
    if (c.rowStart) rows.push([]);
    rows.at(-1)?.push(c);
  }
  return rows;
}

/**
 * A block in a pipe table, read by slot: a column spanning several slots repeats its label or leaves the
 * other slots blank, and its figure sits in its first slot.
 */
function pipeBlockFacts(ctx: FactContext, cells: Cell[], at: number, problems: Problem[]): Fact[] {
  const rows = pipeRows(cells, at).slice(1);
  const headerAt = rows.findIndex((r) => labelKey(r[0]?.text ?? '') === '信息内容');
  const header = rows[headerAt];
  if (!header) return [];
  const firstSlots: number[] = [];
  header.forEach((c, k) => {
    const prev = header[k - 1];
    if (k > 0 && !isBlankCell(c) && labelKey(c.text) !== labelKey(prev?.text ?? '')) firstSlots.push(k);
  });
  const columns = firstSlots.map((k) => column(header[k]?.text ?? ''));
  const facts: Fact[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    const label = row[0];
    if (!label || BLOCK.test(labelKey(label.text)) || !isLabelCell(label)) break;
    const values = firstSlots.map((k) => row[k]).filter((c): c is Cell => c !== undefined);
    if (values.length !== columns.length || values.some((c) => !isBlankCell(c) && cellValue(c) === null)) {
      problems.push(problemAt(ctx, 'table_row_cells', label.start, `row "${label.text}" does not have ${columns.length} cells`));
      continue;
    }
    facts.push(...rowFacts(ctx, label, values, columns, problems));
  }
  return facts;
}

export function extractArt20Tables(ctx: FactContext, cells: Cell[]): { facts: Fact[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c?.prose && JOINED_BLOCK.test(labelKey(c.text))) facts.push(...joinedBlockFacts(ctx, cells, i, problems));
    if (!c || !isLabelCell(c) || !BLOCK.test(labelKey(c.text))) continue;
    if (cells[i - 1]?.text === c.text && !c.rowStart) continue; // colspan copy of the same block header
    facts.push(...(c.rowStart ? pipeBlockFacts(ctx, cells, i, problems) : blockFacts(ctx, cells, i, problems)));
  }
  if (facts.length === 0 && cells.some((c) => isNumberCell(c)) && cells.some((c) => BLOCK.test(labelKey(c.text)))) {
    problems.push(problemAt(ctx, 'table_unreadable', 0, 'a 第二十条 table was found but none of its rows could be read'));
  }
  return { facts, problems };
}
