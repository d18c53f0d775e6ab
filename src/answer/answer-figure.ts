import type { ChatContext, FactSource } from '../model/fact-source.ts';
import { splitRegion } from '../nlu/agency-aliases.ts';
import { answerEverywhere } from './answer-everywhere.ts';
import { factsForTarget, narrowerFigure, type Target } from './answer-target.ts';
import { composeMulti, composeSingle, factsOf, type Answered } from './compose-figure.ts';
import { patchFor } from './figure-patch.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import { named } from './messages.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { prefetched } from './prefetched.ts';
import { planQuestion, searchable, type Plan } from './plan-question.ts';
import { checkReport, missingReportLines, type ReportCheck } from './check-report.ts';
import { resolveSlots, type Slots } from './resolve-slots.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { whatToAsk } from './what-to-ask.ts';
import { loadAnswerConfig } from './answer-config.ts';

function targetsOf(slots: Slots, plan: Plan): Target[] {
  return slots.agencies.flatMap((agency) =>
    slots.years.flatMap((year) =>
      plan.metrics.flatMap((metric) => plan.dimVariants.map((dims) => ({ agency, year, metric, dims, query: plan.query, specificWords: plan.specificWords }))),
    ),
  );
}

/**
 * Questions answered by searching narrative figures before (or instead of) resolving an agency:
 * undefined = carry on with the normal path.
 */
function narrativeFirst(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null, plan: Plan): Outcome | null | undefined {
  const noAgency = u.agencies.length === 0 && u.agency.kind === 'none' && !ctx?.agency;
  // A metric implied only by a dimension word (微博 → proactive.total) is weak: words that name a
  // narrative figure ("微博关注量") win over it.
  if (u.metricImplied && noAgency && searchable(plan.query.words)) {
    const narrative = answerEverywhere(lex, source, u, { ...plan, metrics: [null] });
    if (narrative?.status === 'answered') return narrative;
  }
  if (plan.metrics[0] === null && noAgency) {
    // Loose words that no report's figure matches, and no agency: not a question about the reports.
    return answerEverywhere(lex, source, u, plan);
  }
  // 区档案馆 has no report, but the district government's report tells what it did.
  if (u.agency.kind === 'unknown' && u.agencies.length === 0 && searchable(plan.query.words)) {
    const within = answerEverywhere(lex, source, u, { ...plan, metrics: [null] }, splitRegion(u.agency.mention).core);
    if (within) return within;
  }
  return undefined;
}

/**
 * figure and multi intents: resolve agency/years (question → chat → store), then answer each
 * (agency, year, metric) from its report — or from a related agency's report, saying so.
 */
export function answerFigure(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome | null {
  const plan = planQuestion(lex, u, ctx);
  if (!plan) return whatToAsk(lex, source, u, ctx);
  const early = narrativeFirst(lex, source, u, ctx, plan);
  if (early !== undefined) return early;
  const metrics = plan.metrics.filter((m): m is string => m !== null);
  // Asked of every candidate agency when the question names none: their narrative figures are read
  // for the whole year at once, on first use.
  let withFigures: FactSource | undefined;
  const figuresOf = (year: number) => (withFigures ??= prefetched(source, u.years.length ? u.years.map((y) => y.year) : [year], ['figure'], true));
  const res = resolveSlots(lex, source, u, ctx, {
    patchOnAsk: patchFor(u, plan, null, []),
    metrics,
    // "2018年政协提案中已经解决或采纳的有多少件": only one report has that narrower figure.
    prefer: (agency, year) => metrics.some((metric) => narrowerFigure(lex, figuresOf(year), { agency, year, metric, dims: plan.dims, query: plan.query, specificWords: plan.specificWords }).length > 0),
  });
  if (!res.ok) return res.outcome;
  const slots = { ...res.slots, notes: [...plan.notes, ...res.slots.notes] };
  const answered: Answered[] = [];
  const missing: Extract<ReportCheck, { ok: false }>[] = [];
  for (const target of targetsOf(slots, plan)) {
    const check = checkReport(lex, target.agency, target.year);
    if (!check.ok) missing.push(check);
    else answered.push({ target: { ...target, agency: check.agency }, result: factsForTarget(lex, source, { ...target, agency: check.agency }), notes: check.note ? [check.note] : [] });
  }
  return compose(lex, source, u, plan, slots, answered, missing);
}

/** Missing reports, one line per agency however many years are missing ("没有2019、2020年的报告"). */
function missingByAgency(lex: Lexicon, u: Understanding, missing: Extract<ReportCheck, { ok: false }>[]) {
  const agencies = [...new Set(missing.map((m) => m.agency))];
  return agencies.map((agency) => {
    const these = missing.filter((m) => m.agency === agency);
    const years = [...new Set(these.map((m) => m.year))];
    return missingReportLines(u, { agency, year: named(years.join('、'), years.join(', ')), years: these[0]?.years ?? [] });
  });
}

function compose(lex: Lexicon, source: FactSource, u: Understanding, plan: Plan, slots: Slots, answered: Answered[], misses: Extract<ReportCheck, { ok: false }>[]): Outcome {
  const missing = missingByAgency(lex, u, misses);
  const missingLines = missing.flatMap((m) => m.lines);
  const missingOptions = missing.flatMap((m) => m.options);
  const only = answered.length === 1 && missing.length === 0 ? answered[0] : undefined;
  const { found, lines } =
    answered.length === 0 ? { found: false, lines: [] } : only ? composeSingle(lex, source, only, slots.notes) : composeMulti(lex, source, answered, slots.notes);
  const used = [...new Map(factsOf(answered).map((f) => [f.id, f])).values()];
  const patch = patchFor(u, plan, slots, used.map((f) => f.id));
  const options = [...slots.options, ...missingOptions].slice(0, loadAnswerConfig().maxOptions);
  return makeOutcome(found ? 'answered' : 'not_found', [...lines, ...missingLines], { used, options, patch });
}
