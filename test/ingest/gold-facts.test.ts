import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/fact.ts';
import { parseReportFile } from '../../src/ingest/parse-report.ts';
import { foldWidth } from '../../src/text/fold-width.ts';

interface GoldFact {
  metric: string;
  dims: Record<string, string>;
  value: number;
  unit?: string;
  qualifier?: string | null;
  scope?: 'year' | 'cumulative';
  section: string;
  quote_has: string;
}
interface GoldTable {
  table: string;
  section: string;
  columns?: string[];
  rows?: { metric: string; dims: Record<string, string>; values: (number | null)[]; row_has: string }[];
  cells?: { metric: string; dims: Record<string, string>; value: number | null; row_has?: string }[];
}
interface Gold {
  file: string;
  agency: string;
  year: number;
  publishedOn: string | null;
  sections: string[];
  facts: GoldFact[];
  tables?: GoldTable[];
}

const GOLD_DIR = join(import.meta.dirname, '..', 'gold');
const REPORTS_DIR = join(import.meta.dirname, '..', '..', 'data', 'reports');
const golds: Gold[] = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')));

/** Quotes keep the report's own characters; compare them without whitespace and with one punctuation width. */
const squash = (s: string): string => foldWidth(s).replace(/\s+/g, '');
const dimsKey = (d: Record<string, string>): string => JSON.stringify(Object.entries(d).sort());
const hasDims = (f: Fact, dims: Record<string, string>): boolean => Object.entries(dims).every(([k, v]) => f.dims[k] === v);

/** Table rows expanded to one gold fact per cell (blank cells are not facts). */
function tableFacts(t: GoldTable): GoldFact[] {
  const out: GoldFact[] = [];
  for (const row of t.rows ?? []) {
    row.values.forEach((value, k) => {
      const applicant = t.columns?.[k];
      if (value === null || !applicant) return;
      out.push({ metric: row.metric, dims: { ...row.dims, applicant }, value, section: t.section, quote_has: row.row_has });
    });
  }
  for (const c of t.cells ?? []) {
    if (c.value !== null) out.push({ metric: c.metric, dims: c.dims, value: c.value, section: t.section, quote_has: c.row_has ?? '' });
  }
  return out;
}

function matches(f: Fact, g: GoldFact): boolean {
  if (f.value !== g.value || f.section !== g.section) return false;
  if (g.metric !== 'figure' && (f.metric !== g.metric || !hasDims(f, g.dims))) return false;
  if (g.unit !== undefined && g.unit !== f.unit) return false;
  if (g.qualifier && g.qualifier !== f.qualifier) return false;
  return squash(f.quote).includes(squash(g.quote_has));
}

describe.each(golds)('gold facts of $file', async (gold) => {
  const { report } = await parseReportFile(join(REPORTS_DIR, gold.file));
  const facts = report?.facts ?? [];
  const all = [...gold.facts.filter((g) => /\d/.test(g.quote_has) || g.value === 0), ...(gold.tables ?? []).flatMap(tableFacts)];

  it('reads agency, year, date and sections from the text', () => {
    expect(report?.meta.agency).toBe(gold.agency);
    expect(report?.meta.year).toBe(gold.year);
    expect(report?.meta.publishedOn ?? null).toBe(gold.publishedOn);
    expect(report?.sections.map((s) => s.heading)).toEqual(gold.sections);
  });

  it.each(all.map((g) => [`${g.metric}${dimsKey(g.dims)}=${g.value} «${g.quote_has}»`, g] as const))('extracts %s', (_name, g) => {
    const hit = facts.find((f) => matches(f, g));
    const near = facts.filter((f) => f.value === g.value).map((f) => `${f.metric}${dimsKey(f.dims)} ${f.unit} ${f.section} «${f.quote.slice(0, 40)}»`);
    expect(hit, `no fact matches; facts with this value:\n${near.join('\n')}`).toBeDefined();
  });

  it('extracts no figure that contradicts gold for the same metric and dimensions', () => {
    const expected = new Map<string, Set<number>>();
    for (const g of all.filter((x) => x.metric !== 'figure')) {
      const key = `${g.metric}${dimsKey(g.dims)}`;
      expected.set(key, (expected.get(key) ?? new Set()).add(g.value));
    }
    const contradictions = facts
      .filter((f) => !f.derived && expected.has(`${f.metric}${dimsKey(f.dims)}`))
      .filter((f) => !expected.get(`${f.metric}${dimsKey(f.dims)}`)?.has(f.value))
      .map((f) => `${f.metric}${dimsKey(f.dims)}=${f.value} «${f.quote.slice(0, 50)}»`);
    expect(contradictions).toEqual([]);
  });
});
