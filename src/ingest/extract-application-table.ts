import type { Fact, Problem } from '../model/fact.ts';
import { applicationRowFor } from './application-row-for.ts';
import { APPLICANT_COLUMNS, APPLICANT_LABELS, APPLICATION_ROWS, OUTCOME_GROUPS, type ApplicationRow } from './application-rows.ts';
import { blankCellProblem, type BlankCell } from './blank-cell-problem.ts';
import { describeFact, placeCells, problemAt, type FactContext } from './fact-context.ts';
import { cellNumber, isBlankCell, isNumberCell, isValueCell, labelKey, type Cell } from './table-cells.ts';

const MAX_LABEL = 80;

interface Row {
  rule: ApplicationRow;
  labels: Cell[];
  values: Cell[];
}

/** Value cells right after position i (a pipe row ends at the next row start). */
function valuesFrom(cells: Cell[], i: number): Cell[] {
  const out: Cell[] = [];
  for (let j = i; j < cells.length && isValueCell(cells[j]); j++) {
    const c = cells[j];
    if (!c || (out.length > 0 && c.rowStart)) break;
    out.push(c);
  }
  return out;
}

/**
 * Without row boundaries (one cell per line), a row's figures are followed by the blank placeholder
 * cells that open the next row under a spanning label: blanks past the 7th cell belong to that row.
 * In a pipe row, blanks before the figures are the rest of a spanning label.
 */
function rowValues(cells: Cell[], i: number): Cell[] {
  const values = valuesFrom(cells, i);
  const width = APPLICANT_COLUMNS.length;
  if (values.length <= width) return values;
  if (values.slice(width).every(isBlankCell)) return values.slice(0, width);
  // A label spanning several columns left its other cells blank ("| 一、本年新收… | | | 23 | …").
  const extra = values.length - width;
  return values.slice(0, extra).every(isBlankCell) ? values.slice(extra) : values;
}

/** Walk the cells: labels set the row (and group) context, a run of 7 values completes a row. */
function findRows(ctx: FactContext, cells: Cell[], problems: Problem[]): Row[] {
  const rows: Row[] = [];
  let group: string | null = null;
  let groupLabel: Cell | null = null;
  let started = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!c || isValueCell(c) || c.text.length > MAX_LABEL) continue;
    const { rule, group: groupRule } = applicationRowFor(c.text, group);
    if (!rule) continue;
    if (rule.metric === 'applications.received') started = true;
    if (!started) continue;
    if (groupRule?.group) {
      group = groupRule.group;
      groupLabel = c;
    } else if (!rule.outcome?.includes('.')) {
      group = null;
    }
    const values = rowValues(cells, i + 1);
    if (values.length === APPLICANT_COLUMNS.length) {
      const labels = rule.outcome?.includes('.') && groupLabel && groupLabel !== c ? [groupLabel, c] : [c];
      rows.push({ rule, labels, values });
      if (rule.metric === 'applications.carried_over') break;
    } else if (values.some(isNumberCell)) {
      problems.push(problemAt(ctx, 'table_row_cells', c.start, `row "${c.text}" has ${values.length} cells, expected ${APPLICANT_COLUMNS.length}; row skipped`));
    }
  }
  return rows;
}

const LEGAL_COLUMNS = APPLICANT_COLUMNS.slice(1, 6);

/**
 * 法人或其他组织 spans five columns and has no subtotal of its own; users ask for it, so sum them per row
 * when all five cells are stated.
 */
function legalEntityFact(facts: Fact[]): Fact | null {
  const parts = LEGAL_COLUMNS.map((a) => facts.find((f) => f.dims.applicant === a));
  const first = parts[0];
  if (!first || parts.some((p) => p === undefined)) return null;
  const label = first.label.replace(/（[^（）]*）$/, '');
  return {
    ...first, dims: { ...first.dims, applicant: 'legal_entity' }, label: `${label}（法人或其他组织，五列合计）`,
    value: parts.reduce((s, p) => s + (p?.value ?? 0), 0), derived: true,
  };
}

function rowFacts(ctx: FactContext, row: Row, problems: Problem[]): Fact[] {
  const place = placeCells(ctx, [...row.labels, ...row.values]);
  const label = row.labels.map((l) => l.text).join(' ');
  const facts: Fact[] = [];
  const blanks: BlankCell[] = [];
  row.values.forEach((cell, k) => {
    const value = cellNumber(cell);
    const applicant = APPLICANT_COLUMNS[k];
    if (!applicant) return;
    const dims: Record<string, string> = { applicant };
    if (row.rule.outcome) dims.outcome = row.rule.outcome;
    if (value === null) {
      blanks.push({ metric: row.rule.metric, dims, column: APPLICANT_LABELS[k] ?? applicant }); // unknown, not 0
      return;
    }
    facts.push({
      metric: row.rule.metric, dims, label: `${label}（${APPLICANT_LABELS[k]}）`, value, unit: '件', qualifier: null,
      scope: 'year', derived: false, ...place,
    });
  });
  const blank = blankCellProblem(ctx, label, row.labels[0]?.start ?? 0, blanks);
  if (blank) problems.push(blank);
  const legal = legalEntityFact(facts);
  return legal ? [...facts, legal] : facts;
}

const applicantLabel = (applicant: string): string =>
  applicant === 'legal_entity' ? '法人或其他组织' : (APPLICANT_LABELS[APPLICANT_COLUMNS.indexOf(applicant)] ?? applicant);

/** How many numbered rows each group has in the template: a subtotal needs all of them. */
const GROUP_SIZE = new Map(OUTCOME_GROUPS.map((g) => [g, APPLICATION_ROWS.filter((r) => r.outcome?.startsWith(`${g}.`)).length]));

/**
 * 不予公开, 无法提供 … have no row of their own in the 2021 table: sum their numbered rows per column,
 * only when every row of the group is stated (a missing or blank row makes the sum unknown).
 */
function groupTotals(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const group of OUTCOME_GROUPS) {
    // 法人或其他组织 too: its five-column sums are facts of each row by now (无法提供的申请中法人有多少).
    for (const applicant of [...APPLICANT_COLUMNS, 'legal_entity']) {
      const own = facts.some((f) => f.dims.outcome === group && f.dims.applicant === applicant);
      const parts = facts.filter((f) => f.dims.outcome?.startsWith(`${group}.`) && f.dims.applicant === applicant);
      const first = parts[0];
      if (own || !first || parts.length !== GROUP_SIZE.get(group)) continue;
      const groupName = first.label.split(' ')[0] ?? group;
      out.push({
        ...first,
        dims: { applicant, outcome: group },
        label: `${groupName}（各项合计，${applicantLabel(applicant)}）`,
        value: parts.reduce((s, f) => s + f.value, 0),
        derived: true,
        quote: parts.map((p) => p.quote).join('；'),
      });
    }
  }
  return out;
}

function checkHeader(ctx: FactContext, cells: Cell[], rows: Row[], problems: Problem[]): void {
  const first = rows[0]?.labels[0];
  if (!first) return;
  const header = cells.filter((c) => c.end <= first.start && c.start >= first.start - 600).map((c) => labelKey(c.text));
  const missing = APPLICANT_LABELS.filter((l) => !header.some((h) => h.includes(l)));
  if (missing.length > 0) {
    problems.push(problemAt(ctx, 'table_header', first.start, `applicant columns not found in the header: ${missing.join('、')}; the template column order was assumed`));
  }
}

export function extractApplicationTable(ctx: FactContext, cells: Cell[]): { facts: Fact[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows = findRows(ctx, cells, problems);
  if (rows.length === 0) return { facts: [], problems };
  const last = rows.at(-1);
  if (last && last.rule.metric !== 'applications.carried_over') {
    // A report cut off (or a page lost) mid-table: what was read is right, but the table is incomplete.
    problems.push(problemAt(ctx, 'table_truncated', last.labels[0]?.start ?? 0,
      `the 收到和处理政府信息公开申请情况 table stops after "${last.labels.at(-1)?.text ?? ''}"; its later rows (down to 四、结转下年度继续办理) are missing`));
  }
  checkHeader(ctx, cells, rows, problems);
  const facts = rows.flatMap((r) => rowFacts(ctx, r, problems));
  const seen = new Set<string>();
  for (const f of facts) {
    const key = describeFact({ ...f, value: 0 });
    if (seen.has(key)) problems.push(problemAt(ctx, 'table_duplicate_row', f.start, `row "${f.label}" appears twice in the table`));
    seen.add(key);
  }
  return { facts: [...facts, ...groupTotals(facts)], problems };
}
