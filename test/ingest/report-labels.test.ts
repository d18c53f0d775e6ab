import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applicationRowFor } from '../../src/ingest/application-row-for.ts';
import { APPLICANT_COLUMNS, APPLICANT_LABELS } from '../../src/ingest/application-rows.ts';
import { CHANNEL_DIMS, dimensionHit, KIND_DIMS, LEVEL_DIMS, PROACTIVE_CHANNEL, type DimensionWords } from '../../src/ingest/narrative-dimensions.ts';
import { labelKey } from '../../src/ingest/table-cells.ts';
import { FAMILY_SCHEMAS, type ReportFamily } from '../../src/vocabulary/report-label-schema.ts';
import { reportLabels } from '../../src/vocabulary/report-labels.ts';

const family = z.enum(Object.keys(FAMILY_SCHEMAS) as [ReportFamily, ...ReportFamily[]]);
const base = { family, text: z.string().min(1), group: z.string().optional(), note: z.string().optional() };
const cases = z
  .array(z.union([z.strictObject({ ...base, expect: z.string().min(1) }), z.strictObject({ ...base, not: z.string().min(1) })]))
  .parse(JSON.parse(readFileSync(new URL('../../intents/entities/report-labels.examples.json', import.meta.url), 'utf8')));

type Case = (typeof cases)[number];

/** A narrative dimension: the value the extractor would take from the text, if any. */
const hitOf = (words: DimensionWords) => (c: Case): string[] => {
  const hit = dimensionHit(words, c.text);
  return hit ? [hit] : [];
};

/** What the ingest code makes of a case's text: the keys it names, through the same functions the extractors call. */
const NAMED: Record<ReportFamily, (c: Case) => string[]> = {
  'application-row': (c) => {
    const { rule } = applicationRowFor(c.text, c.group ?? null);
    return rule ? [rule.outcome ?? rule.metric] : [];
  },
  // The header check asks whether some header cell holds each column's word.
  'applicant-column': (c) => APPLICANT_COLUMNS.filter((_, k) => labelKey(c.text).includes(APPLICANT_LABELS[k] ?? '\0')),
  'application-channel': hitOf(CHANNEL_DIMS),
  'proactive-channel': hitOf(PROACTIVE_CHANNEL),
  'application-level': hitOf(LEVEL_DIMS),
  'interpretation-kind': hitOf(KIND_DIMS),
};

const title = (c: Case): string => `${c.family}: ${c.text}${c.group ? ` (in ${c.group})` : ''} ${'expect' in c ? `→ ${c.expect}` : `↛ ${c.not}`}`;

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
  });
});
