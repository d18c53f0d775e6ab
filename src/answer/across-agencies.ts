import type { ChatContext, StoredFact } from '../model/fact-source.ts';
import { factsForTarget } from './answer-target.ts';
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

/** Every agency reporting that year, answered with the same selection rules as a single question. */
export function entriesAcross(kit: NluKit, year: number, plan: Plan): AgencyEntry[] {
  const metric = plan.metrics[0] ?? null;
  return agenciesIn(kit, year).map((agency) => {
    const r = factsForTarget(kit, { agency, year, metric, dims: plan.dims, query: plan.query, specificWords: [] });
    const facts = r.kind === 'facts' && r.via !== 'search' ? r.facts : [];
    return { agency, facts, fact: facts.length === 1 ? (facts[0] ?? null) : null };
  });
}

export interface AcrossQuestion {
  plan: Plan;
  metric: string;
  year: number;
  note: string;
  entries: AgencyEntry[];
}

/** What rank and total both start from: the metric asked, the year, and each agency's answer to it. */
export function questionAcross(kit: NluKit, u: Understanding, ctx: ChatContext | null): AcrossQuestion | null {
  const plan = planQuestion(kit, u, ctx);
  const metric = plan?.metrics[0];
  if (!plan || !metric) return null;
  const { year, note } = yearAcross(kit, u, ctx);
  return { plan, metric, year, note, entries: entriesAcross(kit, year, plan) };
}
