import type { ChatContext, FactCore, FactQuery, FactSource, StoredFact } from '../model/fact-source.ts';
import { catalogueMetricsFor, factsForTarget } from './answer-target.ts';
import { agenciesIn, type NluKit } from './nlu-kit.ts';
import { planQuestion, type Plan } from './plan-question.ts';
import type { Understanding } from './understand-question.ts';

/** One agency's answer to a metric in a year: a single figure, several (no total), or none. */
export interface AgencyEntry {
  agency: string;
  fact: StoredFact | null;
  facts: StoredFact[];
}

/** The year to compare agencies in: the question's, else the chat's, else the newest (said so). */
export function yearAcross(kit: NluKit, u: Understanding, ctx: ChatContext | null): { year: number; note: string } {
  const asked = u.years[0];
  if (asked) return { year: asked.year, note: asked.note };
  const fromChat = ctx?.years?.[0];
  if (fromChat !== undefined) return { year: fromChat, note: '' };
  return { year: kit.latestYear, note: `问题没有指明年份，按最新的${kit.latestYear}年回答。` };
}

// Choosing among facts (selectFacts, dedupe, fallbacks) reads only their cores; the texts that cite
// the chosen ones are read afterwards, by id. Until then empty texts stand in (written out in full:
// an object literal is built several times faster than a spread, and a city year has 10,000 cores).
function unread(c: FactCore): StoredFact {
  return {
    id: c.id, agency: c.agency, year: c.year, metric: c.metric, dims: c.dims, value: c.value, unit: c.unit, qualifier: c.qualifier, derived: c.derived,
    label: '', scope: 'year', sectionNo: 0, section: '', subPath: [], quote: '', start: 0, end: 0, reportTitle: '', reportFile: '',
  };
}

/**
 * The kit with a source that answers per-agency questions about `metrics` in these years from one
 * query per year over every agency, instead of one query per agency (a city has a thousand). With
 * `full` false only fact cores are read (texts stand in empty; see `unread`).
 */
export function prefetched(kit: NluKit, years: number[], metrics: string[], full: boolean): NluKit {
  const byYear = new Map<number, Map<string, StoredFact[]>>();
  for (const year of years) {
    const byAgency = new Map<string, StoredFact[]>();
    for (const f of full ? kit.source.facts({ year, metrics }) : kit.source.factCores({ year, metrics }).map(unread)) {
      const list = byAgency.get(f.agency);
      if (list) list.push(f);
      else byAgency.set(f.agency, [f]);
    }
    byYear.set(year, byAgency);
  }
  const covered = new Set(metrics);
  const source: FactSource = {
    reports: () => kit.source.reports(),
    problems: (id) => kit.source.problems(id),
    quotesOf: (id) => kit.source.quotesOf(id),
    metricsOf: (id) => kit.source.metricsOf(id),
    metricDims: () => kit.source.metricDims(),
    searchSections: (terms, id) => kit.source.searchSections(terms, id),
    sectionsNaming: (term) => kit.source.sectionsNaming(term),
    factCores: (q) => kit.source.factCores(q),
    facts(q: FactQuery) {
      const wanted = q.metrics;
      const byAgency = q.year === undefined ? undefined : byYear.get(q.year);
      if (!byAgency || q.agency === undefined || q.ids !== undefined || !wanted?.every((m) => covered.has(m))) return kit.source.facts(q);
      const compatible = Object.entries(q.compatibleWith ?? {});
      return (byAgency.get(q.agency) ?? []).filter((f) => wanted.includes(f.metric) && compatible.every(([k, v]) => f.dims[k] === undefined || f.dims[k] === v));
    },
  };
  return { ...kit, source };
}

/** The chosen facts read in full (one query by id), in place of their cores. */
function hydrated(kit: NluKit, entries: AgencyEntry[]): AgencyEntry[] {
  const ids = [...new Set(entries.flatMap((e) => e.facts.map((f) => f.id)))];
  const full = new Map(kit.source.facts({ ids }).map((f) => [f.id, f]));
  const read = (f: StoredFact): StoredFact => full.get(f.id) ?? f;
  return entries.map((e) => ({ agency: e.agency, facts: e.facts.map(read), fact: e.fact ? read(e.fact) : null }));
}

/** What an answer across agencies depends on: anything derived from the entries may be kept under it. */
export const acrossKey = (year: number, plan: Plan): string => JSON.stringify([year, plan.metrics[0] ?? null, Object.entries(plan.dims).sort()]);

export function entriesAcross(kit: NluKit, year: number, plan: Plan): AgencyEntry[] {
  const metric = plan.metrics[0] ?? null;
  return kit.memo('across', acrossKey(year, plan), kit.config.acrossCacheSize, () => {
    const scoped = metric === null ? kit : prefetched(kit, [year], catalogueMetricsFor(kit, metric), false);
    const entries = agenciesIn(kit, year).map((agency) => {
      const r = factsForTarget(scoped, { agency, year, metric, dims: plan.dims, query: plan.query, specificWords: [], catalogueOnly: true });
      const facts = r.kind === 'facts' && r.via !== 'search' ? r.facts : [];
      return { agency, facts, fact: facts.length === 1 ? (facts[0] ?? null) : null };
    });
    return metric === null ? entries : hydrated(kit, entries);
  });
}

export interface AcrossQuestion {
  plan: Plan;
  metric: string;
  year: number;
  note: string;
  entries: AgencyEntry[];
  /** acrossKey of the question: results derived from the entries alone can be kept under it. */
  key: string;
}

/** What rank and total both start from: the metric asked, the year, and each agency's answer to it. */
export function questionAcross(kit: NluKit, u: Understanding, ctx: ChatContext | null): AcrossQuestion | null {
  const plan = planQuestion(kit, u, ctx);
  const metric = plan?.metrics[0];
  if (!plan || !metric) return null;
  const { year, note } = yearAcross(kit, u, ctx);
  return { plan, metric, year, note, entries: entriesAcross(kit, year, plan), key: acrossKey(year, plan) };
}
