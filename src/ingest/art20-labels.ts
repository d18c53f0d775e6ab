import { reportLabelsOn } from '../vocabulary/report-labels.ts';

// The words are data: the art20-row, art20-column and art20-header rules of intents/metrics.json.
const ROWS = reportLabelsOn('art20-row', null).map((r) => ({ test: new RegExp(r.pattern), metric: r.key }));
const COLUMNS = reportLabelsOn('art20-column', 'column').map((c) => ({ test: new RegExp(c.pattern), key: c.key, unit: c.unit }));

/** The metric a 第二十条 row label names (reference §3), by "contains", first hit wins; null: none. */
export function art20RowOf(key: string): string | null {
  return ROWS.find((r) => r.test.test(key))?.metric ?? null;
}

/** The column a 第二十条 column label names and the unit of its figures, by "contains", first hit wins. */
export function art20ColumnOf(key: string): { key: string; unit: string } | null {
  return COLUMNS.find((c) => c.test.test(key)) ?? null;
}

/** A template column label at the start of a run-together header, as labelKey writes it. */
export const ART20_COLUMN_LABEL = new RegExp(`^(${reportLabelsOn('art20-header', 'column').map((h) => h.pattern).join('|')})`);
