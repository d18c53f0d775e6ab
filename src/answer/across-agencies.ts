import type { ChatContext, StoredFact, FactSource } from '../model/fact-source.ts';
import { catalogueMetricsFor, factsForTarget } from './answer-target.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { agenciesIn } from '../nlu/report-index.ts';
import { planQuestion, type Plan } from './plan-question.ts';
import { prefetched } from './prefetched.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';
import type { Memo } from './memo.ts';
import { msg, type Text, named } from './messages.ts';

/** One agency's answer to a metric in a year: a single figure, several (no total), or none. */
export interface AgencyEntry {
  agency: string;
  fact: StoredFact | null;
  facts: StoredFact[];
}

/** The year to compare agencies in: the question's, else the chat's, else the newest (said so). */
export function yearAcross(lex: Lexicon, u: Understanding, ctx: ChatContext | null): { year: number; note: Text } {
  const asked = u.years[0];
  if (asked) return { year: asked.year, note: asked.note ? named(asked.note, asked.noteEn) : '' };
  const fromChat = ctx?.years?.[0];
  if (fromChat !== undefined) return { year: fromChat, note: '' };
  return { year: lex.latestYear, note: msg('rank.latest_year', { year: lex.latestYear }) };
}

/** The chosen facts read in full (one query by id), in place of their cores. */
function hydrated(source: FactSource, entries: AgencyEntry[]): AgencyEntry[] {
  const ids = [...new Set(entries.flatMap((e) => e.facts.map((f) => f.id)))];
  const full = new Map(source.facts({ ids }).map((f) => [f.id, f]));
  const read = (f: StoredFact): StoredFact => full.get(f.id) ?? f;
  return entries.map((e) => ({ agency: e.agency, facts: e.facts.map(read), fact: e.fact ? read(e.fact) : null }));
}

/** What an answer across agencies depends on: anything derived from the entries may be kept under it. */
export const acrossKey = (year: number, plan: Plan): string => JSON.stringify([year, plan.metrics[0] ?? null, Object.entries(plan.dims).sort()]);

export function entriesAcross(lex: Lexicon, source: FactSource, memo: Memo, year: number, plan: Plan): AgencyEntry[] {
  const metric = plan.metrics[0] ?? null;
  return memo('across', acrossKey(year, plan), loadAnswerConfig().acrossCacheSize, () => {
    const scoped = metric === null ? source : prefetched(source, [year], catalogueMetricsFor(lex, metric), false);
    const entries = agenciesIn(lex, year).map((agency) => {
      const r = factsForTarget(lex, scoped, { agency, year, metric, dims: plan.dims, query: plan.query, specificWords: [], catalogueOnly: true });
      const facts = r.kind === 'facts' && r.via !== 'search' ? r.facts : [];
      return { agency, facts, fact: facts.length === 1 ? (facts[0] ?? null) : null };
    });
    return metric === null ? entries : hydrated(source, entries);
  });
}

export interface AcrossQuestion {
  plan: Plan;
  metric: string;
  year: number;
  note: Text;
  entries: AgencyEntry[];
  /** acrossKey of the question: results derived from the entries alone can be kept under it. */
  key: string;
}

/** What rank and total both start from: the metric asked, the year, and each agency's answer to it. */
export function questionAcross(lex: Lexicon, source: FactSource, memo: Memo, u: Understanding, ctx: ChatContext | null): AcrossQuestion | null {
  // Every agency is asked, not the chat's: the split of the chat's last one-agency question is not kept.
  const plan = planQuestion(lex, u, ctx, false);
  const metric = plan?.metrics[0];
  if (!plan || !metric) return null;
  const { year, note } = yearAcross(lex, u, ctx);
  return { plan, metric, year, note, entries: entriesAcross(lex, source, memo, year, plan), key: acrossKey(year, plan) };
}
