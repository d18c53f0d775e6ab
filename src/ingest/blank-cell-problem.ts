import type { Problem } from '../model/fact.ts';
import { describeFact, problemAt, type FactContext } from './fact-context.ts';

/** One cell of a template table row: the fact it would be, and its column as the template names it. */
export interface BlankCell {
  metric: string;
  dims: Record<string, string>;
  column: string;
}

/**
 * A template cell left blank is "not filled", not 0: it gets no fact, and this problem names the
 * cells (facts as "metric[dims]=blank") so that an answer can say the report left it empty.
 * One problem per row, not per cell.
 */
export function blankCellProblem(ctx: FactContext, row: string, offset: number, blanks: BlankCell[]): Problem | null {
  if (blanks.length === 0) return null;
  const columns = blanks.map((b) => b.column).join('、');
  const facts = blanks.map((b) => describeFact({ metric: b.metric, dims: b.dims, value: 0 }).replace(/=0$/, '=blank'));
  return problemAt(ctx, 'blank_cell', offset, `row "${row}": ${columns} left blank (not filled; no figure stored, not read as 0)`, facts);
}
