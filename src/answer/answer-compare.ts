import type { ChatContext, StoredFact, FactSource } from '../model/fact-source.ts';
import { answerFigure } from './answer-figure.ts';
import { factsForTarget, type Target } from './answer-target.ts';
import { factLine, metricNamed, sourceLines, valueNamed, warningLines } from './fact-text.ts';
import { formatChange } from './format-value.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import { joinedNames, listed, listOfTexts, msg, type Msg, type Text } from './messages.ts';
import { item, note, textLine, type Line } from './reply-block.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf, yearsOf } from '../nlu/report-index.ts';
import { planQuestion } from './plan-question.ts';
import { checkReport } from './check-report.ts';
import { resolveSlots } from './resolve-slots.ts';
import type { Understanding } from '../nlu/understand-question.ts';

interface Side {
  target: Target;
  fact: StoredFact | null;
  /** Why there is no single figure for this side. */
  problem: Text;
  /** The itemised figures the problem lists (stated in the reply, so part of reply.facts). */
  listed: StoredFact[];
  note: Text;
}

const sideName = (s: Side, byAgency: boolean): Msg =>
  byAgency ? msg('compare.side_agency', { agency: s.target.agency, year: s.target.year }) : msg('compare.side_year', { year: s.target.year });

function sideOf(lex: Lexicon, source: FactSource, target: Target): Side {
  const check = checkReport(lex, target.agency, target.year);
  if (!check.ok) {
    const years = check.years.length ? listed(check.years) : msg('compare.no_years');
    return { target, fact: null, problem: msg('compare.no_report', { agency: target.agency, year: target.year, years }), note: '', listed: [] };
  }
  const t = { ...target, agency: check.agency };
  const r = factsForTarget(lex, source, t);
  if (r.kind !== 'facts') return { target: t, fact: null, problem: msg('compare.no_figure'), note: check.note, listed: [] };
  if (r.facts.length > 1) {
    const problem = msg('compare.no_single', { count: r.facts.length, values: joinedNames(r.facts.map(valueNamed)) });
    return { target: t, fact: null, problem, note: check.note, listed: r.facts };
  }
  return { target: t, fact: r.facts[0] ?? null, problem: '', note: listOfTexts([check.note, ...r.notes].filter((n) => n !== ''), true), listed: [] };
}

/** "张店区民政局比张店区科学技术局多15条": agencies are compared, not changed over time. */
function agencyDifference(a: Side, b: Side): Msg {
  const diff = Math.round(((b.fact?.value ?? 0) - (a.fact?.value ?? 0)) * 100) / 100;
  if (diff === 0) return msg('compare.agency_same');
  const params = { a: a.target.agency, b: b.target.agency, diff: valueNamed({ value: Math.abs(diff), unit: b.fact?.unit ?? '', qualifier: null }) };
  return diff > 0 ? msg('compare.agency_more', params) : msg('compare.agency_less', params);
}

/** "2017年27起 → 2018年4起，减少23起，变化-85.2%": consecutive pairs, oldest first. */
function changeLines(lex: Lexicon, sides: Side[], byAgency: boolean): Line[] {
  const lines: Line[] = [];
  for (let i = 1; i < sides.length; i += 1) {
    const a = sides[i - 1] as Side;
    const b = sides[i] as Side;
    if (!a.fact || !b.fact) continue;
    const head = { from: sideName(a, byAgency), fromValue: valueNamed(a.fact), to: sideName(b, byAgency), toValue: valueNamed(b.fact) };
    if (a.fact.unit === b.fact.unit) {
      const change = byAgency ? agencyDifference(a, b) : formatChange(a.fact.value, b.fact.value, a.fact.unit);
      lines.push(textLine(msg('compare.change', { ...head, change })));
    } else lines.push(textLine(msg('compare.change_units', head)));
    if (a.fact.metric !== b.fact.metric) lines.push(textLine(msg('compare.metrics_differ', { a: metricNamed(lex, a.fact.metric), b: metricNamed(lex, b.fact.metric) })));
    if (a.fact.qualifier || b.fact.qualifier) lines.push(textLine(msg('compare.approx')));
  }
  return lines;
}

/**
 * Two agencies, one year. When the question names no year and they have no report year in common,
 * each is taken at its newest report (the reply shows every side's year).
 */
function agencyTargets(lex: Lexicon, agencies: string[], year: number, yearAsked: boolean): { agency: string; year: number }[] {
  const common = agencies.every((a) => reportOf(lex, a, year));
  return agencies.map((agency) => ({ agency, year: common || yearAsked ? year : (yearsOf(lex, agency).at(-1) ?? year) }));
}

/**
 * compare: one metric in two or more years (or for two agencies): every side's figure with its
 * report words, then the difference and relative change. A side without a single figure is shown
 * as such and left out of the arithmetic.
 */
export function answerCompare(lex: Lexicon, source: FactSource, u: Understanding, ctx: ChatContext | null): Outcome | null {
  const plan = planQuestion(lex, u, ctx);
  const metric = plan?.metrics[0];
  if (!plan || metric === undefined) return answerFigure(lex, source, u, ctx);
  const res = resolveSlots(lex, source, u, ctx, { metrics: metric ? [metric] : [] });
  if (!res.ok) return res.outcome;
  const { agencies, years } = res.slots;
  const byAgency = agencies.length > 1;
  const targets = byAgency ? agencyTargets(lex, agencies, years[0] ?? lex.latestYear, u.years.length > 0) : [...years].sort((a, b) => a - b).map((year) => ({ agency: agencies[0] ?? '', year }));
  const sides = targets.map((t) => sideOf(lex, source, { ...t, metric, dims: plan.dims, query: plan.query, specificWords: plan.specificWords }));
  const facts = sides.flatMap((s) => (s.fact ? [s.fact] : []));
  const what = metric ? metricNamed(lex, metric, plan.dims) : msg('quoted', { text: plan.query.words.join('') });
  const sameYear = new Set(targets.map((t) => t.year)).size === 1;
  const title = byAgency
    ? sameYear
      ? msg('compare.title_year', { year: targets[0]?.year ?? '', what })
      : msg('compare.title_agencies', { what })
    : msg('compare.title', { agency: agencies[0] ?? '', what });
  const lines: Line[] = [
    textLine(title),
    ...sides.map((s) => item(msg('compare.side', { side: sideName(s, byAgency), text: s.fact ? factLine(lex, s.fact, false) : s.problem }))),
    ...changeLines(lex, sides, byAgency),
    ...sides.filter((s) => s.note).map((s) => textLine(msg('compare.side_note', { side: sideName(s, byAgency), note: s.note }))),
    ...[...plan.notes, ...res.slots.notes].map((n) => note(n)),
    ...warningLines(lex, source, facts),
    ...sourceLines(facts),
  ];
  const patch = { agency: agencies[0], years, metric: metric ?? 'figure', dims: plan.dims, lastFactIds: facts.map((f) => f.id), lastQuestion: u.raw };
  return makeOutcome(facts.length > 0 ? 'answered' : 'not_found', lines, { used: [...facts, ...sides.flatMap((s) => s.listed)], patch, options: res.slots.options });
}
