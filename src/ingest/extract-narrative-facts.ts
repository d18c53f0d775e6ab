import type { Fact, Problem } from '../model/fact.ts';
import { markChanges } from './change-figures.ts';
import { checkParagraph } from './check-narrative-sums.ts';
import { placeSpan, type FactContext } from './fact-context.ts';
import { findFigures, type Figure } from './find-figures.ts';
import { findZeroStatements, statedMetrics } from './find-zero-statements.ts';
import { dimensionHit } from './narrative-dimensions.ts';
import {
  CUMULATIVE, INCLUDES_CARRIED_IN, LEVEL_MARKERS, NARRATIVE_RULES, OUTCOME_CLAUSE, RUNNING_TOTAL, SUBJECTS, THIS_YEAR, WHOLE_YEAR_PERIOD,
  type NarrativeRule, type Subject,
} from './narrative-rules.ts';
import { sectionAt, splitLines, subPathAt } from './split-sections.ts';

/** What a clause is about: the first of SUBJECTS whose words are in it. */
export function subjectOf(text: string): Subject {
  return SUBJECTS.find(([re]) => re.test(text))?.[1] ?? null;
}

/**
 * The subject of the sentence so far: the figure's own clause when it names one ("行政诉讼32起"),
 * else the last earlier clause that does. An outcome clause ("维持…驳回原告诉讼请求数4起") names its
 * subject only in passing, so the earlier clauses decide.
 */
function sentenceSubject(ctx: FactContext, f: Figure): Subject {
  const own = OUTCOME_CLAUSE.test(f.clause) ? null : subjectOf(f.clause);
  if (own) return own;
  // "…行政诉讼32起，维持…23起；被依法纠错数2起" : the subject carries past "；" up to the last "。".
  const from = Math.max(ctx.text.lastIndexOf('。', f.start), ctx.text.lastIndexOf('\n', f.start)) + 1;
  const before = ctx.text.slice(Math.min(from, f.sentenceStart), f.start - f.clause.length);
  for (const c of before.split(/[，,：:；;]/).reverse()) {
    const s = subjectOf(c);
    if (s) return s;
  }
  return subjectOf(ctx.text.slice(f.sentenceStart, f.sentenceEnd));
}

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}

/** A running-total word other than 累计 itself (以来, 截至…, 历年, 至今). */
function hasOtherCumulative(text: string): boolean {
  return /截至|截止/.test(text) || [...text.matchAll(CUMULATIVE)].some((m) => m[0] !== '累计');
}

function scopeOf(ctx: FactContext, f: Figure): Fact['scope'] {
  const before = ctx.text.slice(f.sentenceStart, f.start);
  if (WHOLE_YEAR_PERIOD.test(ctx.text.slice(f.sentenceStart, f.sentenceEnd))) return 'year';
  const cumulative = lastIndex(CUMULATIVE, before);
  const thisYear = lastIndex(THIS_YEAR, before);
  // "2017年，主动公开政府信息累计204条" / "全年累计…": 累计 after the year's own marker adds up that year;
  // only 累计 with nothing of this year before it (or 以来, 截至目前 …) runs over years.
  if (cumulative > thisYear && thisYear >= 0 && before.slice(cumulative).startsWith('累计') && !hasOtherCumulative(before)) return 'year';
  return cumulative > thisYear ? 'cumulative' : 'year';
}

/** 区 or 市 level of a suggestion or proposal, from its paragraph up to the figure: the level word nearest the end. */
export function levelBefore(before: string): string | undefined {
  let best: [number, string] | undefined;
  for (const [re, level] of LEVEL_MARKERS) {
    const at = lastIndex(re, before);
    if (at >= 0 && (!best || at > best[0])) best = [at, level];
  }
  return best?.[1];
}

function contextOf(ctx: FactContext, f: Figure): string {
  const section = sectionAt(ctx.sections, f.start);
  const path = subPathAt(ctx.markers, section, f.start).join(' ');
  return `${section?.heading ?? ''} ${path} ${ctx.text.slice(f.sentenceStart, f.sentenceEnd)}`;
}

/** Parenthetical asides ("城建环保类（含农业农村类1件）建议共") say nothing about what the figure counts. */
const withoutAsides = (s: string): string => s.replace(/[(（][^()（）]*[)）]/g, '');

function ruleMatches(rule: NarrativeRule, f: Figure, subject: Subject, context: () => string): boolean {
  if (rule.subject && !rule.subject.includes(subject)) return false;
  if (rule.units && !rule.units.includes(f.unit)) return false;
  const label = withoutAsides(f.label);
  if (rule.after && !rule.after.test(f.after)) return false;
  if (!rule.label.test(label) && !rule.label.test(withoutAsides(f.clause))) return false;
  if (rule.notLabel?.test(label)) return false;
  return !rule.context || rule.context.test(context());
}

function dimsOf(rule: NarrativeRule, f: Figure): Record<string, string> {
  const dims: Record<string, string> = {};
  for (const [dim, options] of Object.entries(rule.dims ?? {})) {
    // The item's own words first ("领导干部解读" in a list), then its whole clause.
    for (const text of [f.label, f.clause]) {
      const hit = dimensionHit(options, text);
      if (hit) {
        dims[dim] = hit;
        break;
      }
    }
  }
  return dims;
}

/** The first of NARRATIVE_RULES that names what a figure counts, and the sentence's subject it was read with. */
export function figureRule(ctx: FactContext, f: Figure): { rule: NarrativeRule | undefined; subject: Subject } {
  const subject = sentenceSubject(ctx, f);
  let context: string | null = null;
  const lazyContext = (): string => (context ??= contextOf(ctx, f));
  return { rule: NARRATIVE_RULES.find((r) => ruleMatches(r, f, subject, lazyContext)), subject };
}

function classify(ctx: FactContext, f: Figure, lineStart: number): Pick<Fact, 'metric' | 'dims'> {
  const { rule, subject } = figureRule(ctx, f);
  if (!rule) return { metric: 'figure', dims: {} };
  const metric = rule.metric.replace('{subject}', subject ?? '');
  const dims = dimsOf(rule, f);
  if ((metric.startsWith('npc_') || metric.startsWith('cppcc_')) && !RUNNING_TOTAL.test(f.label)) {
    const level = levelBefore(ctx.text.slice(lineStart, f.start));
    if (level) dims.level = level;
  }
  // "共收到…申请68件（其中上年结转12件）": the total includes last year's carried-over applications.
  if (metric === 'applications.received' && INCLUDES_CARRIED_IN.test(ctx.text.slice(f.end, f.end + 10).replace(/^[（(]/, '('))) {
    return { metric: 'applications.total_incl_carried_in', dims };
  }
  return { metric, dims };
}

function figureFact(ctx: FactContext, f: Figure, lineStart: number): Fact {
  const { metric, dims } = classify(ctx, f, lineStart);
  return {
    metric, dims, label: f.label, value: f.value, unit: f.unit, qualifier: f.qualifier, scope: scopeOf(ctx, f),
    derived: false, ...placeSpan(ctx, f.sentenceStart, f.sentenceEnd),
  };
}

/** Figures and zero statements of every prose line (tables are left to the table extractors), with the sum checks. */
export function extractNarrativeFacts(ctx: FactContext): { facts: Fact[]; problems: Problem[] } {
  const facts: Fact[] = [];
  const problems: Problem[] = [];
  const firstSection = ctx.sections[0]?.start ?? 0;
  for (const line of splitLines(ctx.text)) {
    if (line.start < firstSection || line.text.startsWith('\t') || line.text.startsWith('|')) continue;
    if (/^\s*\d+(\.\d+)?\s*$/.test(line.text)) continue;
    const figures = findFigures(ctx.text, line.start, line.end);
    const own = markChanges(figures, figures.map((f) => figureFact(ctx, f, line.start)));
    problems.push(...checkParagraph(ctx, { start: line.start, figures, facts: own }));
    facts.push(...own, ...findZeroStatements(ctx, line.start, line.end, statedMetrics(figures, own)));
  }
  return { facts, problems };
}
