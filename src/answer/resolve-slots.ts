import type { ChatContext, FactSource } from '../model/fact-source.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { agenciesIn, allYears, reportOf, yearsOf } from '../nlu/report-index.ts';
import type { ReplyOption } from './reply.ts';
import { optionFor } from './rewrite-question.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';
import { listed, msg, named, renderText, type Text } from './messages.ts';
import { item, textLine } from './reply-block.ts';

/** Agencies and years a question is about, with notes saying how missing ones were filled in. */
export interface Slots {
  agencies: string[];
  years: number[];
  notes: Text[];
  options: ReplyOption[];
}

export type SlotResult = { ok: true; slots: Slots } | { ok: false; outcome: Outcome };

const fail = (outcome: Outcome): SlotResult => ({ ok: false, outcome });

function optionList(items: ReplyOption[]): ReplyOption[] {
  return items.slice(0, loadAnswerConfig().maxOptions);
}

/** 张店区公安局 with no report: never answer for another agency; name the closest ones instead. */
function unknownAgency(lex: Lexicon, u: Understanding, mention: string, closest: string[]): Outcome {
  const names = closest.length > 0 ? closest : lex.agencies;
  return makeOutcome('not_found', [
    textLine(msg('agency.unknown', { mention })),
    closest.length > 0 ? textLine(msg('agency.closest', { agencies: listed(closest) })) : '',
    textLine(msg('agency.known', { agencies: listed(lex.agencies) })),
  ], { options: optionList(names.map((a) => optionFor(u, a, { agency: a }))) });
}

function ambiguousAgency(lex: Lexicon, u: Understanding, candidates: string[]): Outcome {
  return makeOutcome('clarify', [textLine(msg('agency.ambiguous', { mention: u.agency.kind === 'none' ? '' : u.agency.span.text })), ...candidates.map((c) => item(c))], {
    options: optionList(candidates.map((a) => optionFor(u, a, { agency: a }))),
  });
}

function noReportInYears(lex: Lexicon, years: number[]): Outcome {
  const all = allYears(lex);
  return makeOutcome('not_found', [textLine(msg('years.none', { years: listed(years) })), textLine(msg('years.known', { years: listed(all) }))]);
}

/** Metrics that could answer for `metric` in a report: itself, its fallbacks and its parts. */
function answeringMetrics(lex: Lexicon, metric: string): string[] {
  return [metric, ...(lex.metricDefs.get(metric)?.fallback ?? []), ...(loadAnswerConfig().compositeMetrics[metric] ?? [])];
}

/**
 * "2018年政协提案立案多少件" names no agency, but only one 2018 report states that figure: the
 * candidates are the agencies whose report for the year has the metric (all of them if none has).
 */
function withMetric(lex: Lexicon, source: FactSource, agencies: string[], years: number[], metrics: string[]): string[] {
  if (metrics.length === 0 || years.length === 0) return agencies;
  const wanted = metrics.flatMap((m) => answeringMetrics(lex, m));
  // One query per year over every agency (a city has a thousand), not one per agency.
  const stating = new Set(years.flatMap((year) => source.factCores({ year, metrics: wanted }).map((f) => f.agency)));
  const having = agencies.filter((a) => stating.has(a));
  return having.length > 0 ? having : agencies;
}

/** How a caller narrows the search for a missing agency. */
export interface SlotOptions {
  /** Remembered when the bot has to ask (so that a bare agency name as the reply works). */
  patchOnAsk?: object;
  /** Metrics asked: only agencies whose report states one of them are candidates. */
  metrics?: string[];
  /** A stronger signal: if exactly one candidate's report satisfies it, that one is meant. */
  prefer?: (agency: string, year: number) => boolean;
}

function preferred(candidates: string[], years: number[], prefer: SlotOptions['prefer']): string[] {
  if (!prefer || candidates.length < 2) return candidates;
  const picked = candidates.filter((a) => years.some((y) => prefer(a, y)));
  return picked.length === 1 ? picked : candidates;
}

/** Which agency: the question's; else the chat's; else the only candidate for that year; else ask. */
function pickAgencies(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null, years: number[], opts: SlotOptions): SlotResult | string[] {
  if (u.agencies.length > 0) return u.agencies;
  if (u.agency.kind === 'unknown') return fail(unknownAgency(lex, u, u.agency.mention, u.agency.closest));
  if (u.agency.kind === 'ambiguous') return fail(ambiguousAgency(lex, u, u.agency.candidates));
  if (ctx?.agency) return [ctx.agency];
  const reportingIn = new Set(years.flatMap((y) => agenciesIn(lex, y)));
  const reporting = years.length > 0 ? lex.agencies.filter((a) => reportingIn.has(a)) : lex.agencies;
  const candidates = preferred(withMetric(lex, source, reporting, years, opts.metrics ?? []), years, opts.prefer);
  if (candidates.length === 1) return candidates;
  if (candidates.length === 0) return fail(noReportInYears(lex, years));
  const year = years.length === 1 ? years[0] : undefined;
  const outcome = makeOutcome('clarify', [
    textLine(msg(year ? 'agency.which_in_year' : 'agency.which', { year: year ?? '', listed: msg(years.length > 0 ? 'agency.with_reports' : 'agency.all_known') })),
    ...candidates.map((a) => item(msg('agency.with_years', { agency: a, years: listed(yearsOf(lex, a)) }))),
  ], {
    options: optionList(candidates.map((a) => optionFor(u, a, year ? { agency: a } : { agency: a, year: yearsOf(lex, a).at(-1) ?? lex.latestYear }))),
    patch: opts.patchOnAsk ?? {},
  });
  return fail(outcome);
}

/**
 * Which years: the question's; else the chat's (when the agency has them); else the agency's only
 * year; else its newest report, saying so and offering the others.
 */
function pickYears(lex: Lexicon, u: Understanding, ctx: ChatContext | null, agencies: string[]): { years: number[]; notes: Text[]; options: ReplyOption[] } {
  if (u.years.length > 0) return { years: u.years.map((y) => y.year), notes: u.years.filter((y) => y.note).map((y) => named(y.note, y.noteEn)), options: [] };
  const has = (y: number) => agencies.every((a) => reportOf(lex, a, y));
  const fromChat = (ctx?.years ?? []).filter(has);
  if (fromChat.length > 0) return { years: fromChat, notes: [], options: [] };
  const common = (yearsOf(lex, agencies[0] ?? '')).filter(has);
  const pool = common.length > 0 ? common : yearsOf(lex, agencies[0] ?? '');
  const latest = pool.at(-1);
  if (latest === undefined) return { years: [], notes: [], options: [] };
  if (pool.length === 1) return { years: [latest], notes: [], options: [] };
  const others = pool.filter((y) => y !== latest).reverse();
  return {
    years: [latest],
    notes: [msg('slots.latest_year', { latest, others: listed(others) })],
    options: others.map((y) => optionFor(u, renderText(msg('option.year', { year: y }), u.lang), { year: y })),
  };
}

/**
 * Resolves the agencies and years of a report question. Unknown agency → not_found naming the
 * closest; ambiguous → clarify; missing agency with several candidates → clarify (the patch keeps
 * metric and years so that replying with just the agency name works).
 */
export function resolveSlots(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null, opts: SlotOptions = {}): SlotResult {
  const askedYears = u.years.length > 0 ? u.years.map((y) => y.year) : (ctx?.years ?? []);
  const agencies = pickAgencies(lex, source, u, ctx, askedYears, opts);
  if (!Array.isArray(agencies)) return agencies;
  const { years, notes, options } = pickYears(lex, u, ctx, agencies);
  const agencyNote =
    u.agencies.length === 0 && u.agency.kind === 'none' && !ctx?.agency && agencies.length === 1 && askedYears.length > 0 && lex.agencies.length > 1
      ? [msg(agenciesIn(lex, askedYears[0] ?? 0).length > 1 ? 'slots.only_agency_stating' : 'slots.only_agency', { years: listed(askedYears), agency: agencies[0] ?? '' })]
      : [];
  // "公安局和科技局…": the known agency is answered; the unknown one must not vanish silently.
  const unknownNotes = u.agencies.length > 0 ? u.agencyMatches.flatMap((m) => (m.kind === 'unknown' ? [msg('slots.unknown_agency', { mention: m.mention })] : [])) : [];
  return { ok: true, slots: { agencies, years, notes: [...agencyNote, ...unknownNotes, ...notes], options: optionList(options) } };
}
