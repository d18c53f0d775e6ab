import type { ChatContext, StoredFact, FactSource } from '../model/fact-source.ts';
import { answerFigure } from './answer-figure.ts';
import { factsForTarget, type Target } from './answer-target.ts';
import { factLine, metricName, sourceLines, valueText, warningLines } from './fact-text.ts';
import { formatChange } from './format-value.ts';
import { makeOutcome, type Outcome } from './make-reply.ts';
import { msg } from './messages.ts';
import { item } from './reply-block.ts';
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
  problem: string;
  /** The itemised figures the problem lists (stated in the reply, so part of reply.facts). */
  listed: StoredFact[];
  note: string;
}

const sideName = (s: Side, byAgency: boolean) => (byAgency ? `${s.target.agency}${s.target.year}年` : `${s.target.year}年`);

function sideOf(lex: Lexicon, source: FactSource, target: Target): Side {
  const check = checkReport(lex, target.agency, target.year);
  if (!check.ok) return { target, fact: null, problem: `没有${target.agency}${target.year}年的报告（已有：${check.years.join('、') || '无'}）`, note: '', listed: [] };
  const t = { ...target, agency: check.agency };
  const r = factsForTarget(lex, source, t);
  if (r.kind !== 'facts') return { target: t, fact: null, problem: '报告中没有这项数字', note: check.note, listed: [] };
  if (r.facts.length > 1) return { target: t, fact: null, problem: `报告没有单一数字（分列${r.facts.length}项：${r.facts.map((f) => valueText(f)).join('、')}）`, note: check.note, listed: r.facts };
  return { target: t, fact: r.facts[0] ?? null, problem: '', note: [check.note, ...r.notes].filter(Boolean).join(' '), listed: [] };
}

/** "张店区民政局比张店区科学技术局多15条": agencies are compared, not changed over time. */
function agencyDifference(a: Side, b: Side): string {
  const diff = Math.round(((b.fact?.value ?? 0) - (a.fact?.value ?? 0)) * 100) / 100;
  if (diff === 0) return '两者相同';
  return `${b.target.agency}比${a.target.agency}${diff > 0 ? '多' : '少'}${Math.abs(diff)}${b.fact?.unit ?? ''}`;
}

/** "2017年27起 → 2018年4起，减少23起，变化-85.2%": consecutive pairs, oldest first. */
function changeLines(lex: Lexicon, sides: Side[], byAgency: boolean): string[] {
  const lines: string[] = [];
  for (let i = 1; i < sides.length; i += 1) {
    const a = sides[i - 1] as Side;
    const b = sides[i] as Side;
    if (!a.fact || !b.fact) continue;
    const head = `${sideName(a, byAgency)}${valueText(a.fact)} → ${sideName(b, byAgency)}${valueText(b.fact)}`;
    const comparable = a.fact.unit === b.fact.unit;
    const change = byAgency ? agencyDifference(a, b) : formatChange(a.fact.value, b.fact.value, a.fact.unit);
    lines.push(comparable ? `${head}，${change}` : `${head}（单位不同，不计算差值）`);
    if (a.fact.metric !== b.fact.metric) lines.push(`注意：两边口径不同（${metricName(lex, a.fact.metric)} / ${metricName(lex, b.fact.metric)}），差值仅供参考。`);
    if (a.fact.qualifier || b.fact.qualifier) lines.push('注意：报告中的数字带有“余/约/近”等约数，差值为近似值。');
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
  const what = metric ? metricName(lex, metric, plan.dims) : `“${plan.query.words.join('')}”`;
  const sameYear = new Set(targets.map((t) => t.year)).size === 1;
  const title = byAgency ? `${sameYear ? `${targets[0]?.year}年` : ''}${what}对比：` : `${agencies[0]}${what}对比：`;
  const lines = [
    title,
    ...sides.map((s) => item(msg('compare.side', { side: sideName(s, byAgency), text: s.fact ? factLine(lex, s.fact, false) : s.problem }))),
    ...changeLines(lex, sides, byAgency),
    ...sides.filter((s) => s.note).map((s) => `说明（${sideName(s, byAgency)}）：${s.note}`),
    ...[...plan.notes, ...res.slots.notes].map((n) => `说明：${n}`),
    ...warningLines(lex, source, facts),
    ...sourceLines(facts),
  ];
  const patch = { agency: agencies[0], years, metric: metric ?? 'figure', dims: plan.dims, lastFactIds: facts.map((f) => f.id), lastQuestion: u.raw };
  return makeOutcome(facts.length > 0 ? 'answered' : 'not_found', lines, { used: [...facts, ...sides.flatMap((s) => s.listed)], patch, options: res.slots.options });
}
