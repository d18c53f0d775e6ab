import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applicationRowFor } from '../../src/ingest/application-row-for.ts';
import { art20ColumnOf, art20RowOf } from '../../src/ingest/art20-labels.ts';
import { APPLICANT_COLUMNS, APPLICANT_LABELS } from '../../src/ingest/application-rows.ts';
import { CHANNEL_DIMS, dimensionHit, KIND_DIMS, LEVEL_DIMS, PROACTIVE_CHANNEL, type DimensionWords } from '../../src/ingest/narrative-dimensions.ts';
import { JOINED_BLOCK, splitColumnLabels, splitJoinedHeader } from '../../src/ingest/joined-art20-header.ts';
import { REVIEW_COLUMNS } from '../../src/ingest/review-columns.ts';
import { labelKey, type Cell } from '../../src/ingest/table-cells.ts';
import { FAMILY_SCHEMAS, type ReportFamily } from '../../src/vocabulary/report-label-schema.ts';
import { reportLabels } from '../../src/vocabulary/report-labels.ts';

const family = z.enum(Object.keys(FAMILY_SCHEMAS) as [ReportFamily, ...ReportFamily[]]);
// group: the group the rows above opened; at: the column's place (1-based) in a table read by position.
const base = { family, text: z.string().min(1), group: z.string().optional(), at: z.number().int().positive().optional(), note: z.string().optional() };
const cases = z
  .array(z.union([z.strictObject({ ...base, expect: z.string().min(1) }), z.strictObject({ ...base, not: z.string().min(1) })]))
  .parse(JSON.parse(readFileSync(new URL('../../intents/entities/report-labels.examples.json', import.meta.url), 'utf8')));

type Case = (typeof cases)[number];

const some = (key: string | null | undefined): string[] => (key ? [key] : []);

/** The column labels a run-together header splits into (a block header first when it opens with one). */
function headerLabels(text: string): string[] {
  const cell: Cell = { text, start: 0, end: text.length, prose: true, rowStart: false };
  const labels = JOINED_BLOCK.test(labelKey(text)) ? splitJoinedHeader(cell)?.columns : splitColumnLabels(cell)?.map((c) => c.text);
  return labels ?? [];
}

/** Columns read by position: those at the case's place (any place without one). */
const atPlace = <T>(columns: T[], c: Case): T[] => columns.filter((_, k) => c.at === undefined || c.at === k + 1);

/** The 行政复议/行政诉讼 columns the case's text is the label of. */
const reviewColumns = (c: Case) => atPlace(REVIEW_COLUMNS, c).filter((col) => col.label === c.text);

/** Families whose order is a column's place: their cases must say where (at). */
const POSITIONAL: ReportFamily[] = ['applicant-column', 'review-column', 'litigation-column', 'litigation-route'];

/** A narrative dimension: the value the extractor would take from the text, if any. */
const hitOf = (words: DimensionWords) => (c: Case): string[] => some(dimensionHit(words, c.text));

/** What the ingest code makes of a case's text: the keys it names, through the same functions the extractors call. */
const NAMED: Record<ReportFamily, (c: Case) => string[]> = {
  'application-row': (c) => {
    const { rule } = applicationRowFor(c.text, c.group ?? null);
    return some(rule?.outcome ?? rule?.metric);
  },
  // The header check asks whether some header cell holds each column's word.
  'applicant-column': (c) => atPlace(APPLICANT_COLUMNS.map((key, k) => ({ key, label: APPLICANT_LABELS[k] ?? '\0' })), c)
    .filter((col) => labelKey(c.text).includes(col.label)).map((col) => col.key),
  'application-channel': hitOf(CHANNEL_DIMS),
  'proactive-channel': hitOf(PROACTIVE_CHANNEL),
  'application-level': hitOf(LEVEL_DIMS),
  'interpretation-kind': hitOf(KIND_DIMS),
  'art20-row': (c) => some(art20RowOf(labelKey(c.text))),
  'art20-column': (c) => some(art20ColumnOf(labelKey(c.text))?.key),
  'art20-header': (c) => headerLabels(c.text).flatMap((l) => some(art20ColumnOf(l)?.key)),
  'review-column': (c) => reviewColumns(c).map((col) => col.metric),
  'litigation-column': (c) => reviewColumns(c).map((col) => col.metric),
  'litigation-route': (c) => reviewColumns(c).flatMap((col) => some(col.route)),
};

const title = (c: Case): string => `${c.family}: ${c.text}${c.group ? ` (in ${c.group})` : ''}${c.at ? ` (column ${c.at})` : ''} ${'expect' in c ? `→ ${c.expect}` : `↛ ${c.not}`}`;

describe('report labels (intents/entities/report-labels.examples.json)', () => {
  it.each(cases.map((c) => [title(c), c] as const))('%s', (_, c) => {
    const named = NAMED[c.family](c);
    if ('expect' in c) expect(named).toContain(c.expect);
    else expect(named).not.toContain(c.not);
  });

  it.each(Object.keys(NAMED) as ReportFamily[])('every %s rule has an example it must name, and the family a negative', (f) => {
    const ofFamily = cases.filter((c) => c.family === f);
    const named = new Set(ofFamily.flatMap((c) => ('expect' in c ? [c.expect] : [])));
    expect(reportLabels(f).map((l) => l.key).filter((k) => !named.has(k))).toEqual([]);
    expect(ofFamily.some((c) => 'not' in c)).toBe(true);
    if (POSITIONAL.includes(f)) expect(ofFamily.filter((c) => 'expect' in c && c.at === undefined).map((c) => c.text)).toEqual([]);
  });
});
