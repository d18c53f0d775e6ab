import type { ChatContext, FactQuery, FactSource, StoredFact } from '../model/fact-source.ts';
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

/**
 * The kit with a source that answers this year's per-agency questions about `metrics` from one
 * query over every agency, instead of one query per agency (a city has a thousand).
 */
function prefetched(kit: NluKit, year: number, metrics: string[]): NluKit {
  const byAgency = new Map<string, StoredFact[]>();
  for (const f of kit.source.facts({ year, metrics })) {
    const list = byAgency.get(f.agency);
    if (list) list.push(f);
    else byAgency.set(f.agency, [f]);
  }
  const covered = new Set(metrics);
  const source: FactSource = {
    reports: () => kit.source.reports(),
    problems: (id) => kit.source.problems(id),
    quotesOf: (id) => kit.source.quotesOf(id),
    metricDims: () => kit.source.metricDims(),
    searchSections: (terms, id) => kit.source.searchSections(terms, id),
    sectionsNaming: (term) => kit.source.sectionsNaming(term),
    facts(q: FactQuery) {
      const wanted = q.metrics;
      if (q.year !== year || q.agency === undefined || q.ids !== undefined || !wanted?.every((m) => covered.has(m))) return kit.source.facts(q);
      const compatible = Object.entries(q.compatibleWith ?? {});
      return (byAgency.get(q.agency) ?? []).filter((f) => wanted.includes(f.metric) && compatible.every(([k, v]) => f.dims[k] === undefined || f.dims[k] === v));
    },
  };
  return { ...kit, source };
}

/**
 * Every agency reporting that year, answered with the same selection rules as a single question
 * (catalogue facts only: a figure found by words is not comparable across agencies). Kept per
 * (year, metric, dimensions): rankings and totals over the same figure then cost nothing more.
 */
/** What an answer across agencies depends on: anything derived from the entries may be kept under it. */
export const acrossKey = (year: number, plan: Plan): string => JSON.stringify([year, plan.metrics[0] ?? null, Object.entries(plan.dims).sort()]);

export function entriesAcross(kit: NluKit, year: number, plan: Plan): AgencyEntry[] {
  const metric = plan.metrics[0] ?? null;
  return kit.memo('across', acrossKey(year, plan), kit.config.acrossCacheSize, () => {
    const scoped = metric === null ? kit : prefetched(kit, year, catalogueMetricsFor(kit, metric));
    return agenciesIn(kit, year).map((agency) => {
      const r = factsForTarget(scoped, { agency, year, metric, dims: plan.dims, query: plan.query, specificWords: [], catalogueOnly: true });
      const facts = r.kind === 'facts' && r.via !== 'search' ? r.facts : [];
      return { agency, facts, fact: facts.length === 1 ? (facts[0] ?? null) : null };
    });
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
