import type { AgencyMatch } from './agency-entity.ts';
import { findAgencyMentions } from './agency-mentions.ts';
import { loadAgencyRules } from './agency-rules.ts';
import type { DimensionMatch, MetricMatch } from './metric-entity.ts';
import { normaliseQuestion } from './normalise-question.ts';
import { questionLanguage, type QuestionLanguage } from './question-language.ts';
import type { Span } from './span.ts';
import { overlaps } from './term-index.ts';
import { bareLabelDims } from './bare-label-dims.ts';
import { englishMetric } from './english-metric.ts';
import { chooseMetrics, impliedMetric } from './metric-choice.ts';
import type { Lexicon } from './lexicon.ts';
import { distinctYears, type YearSlot } from './question-years.ts';
import { questionCountedNoun, questionUnit, questionUnitSpan, remainingWords } from './remaining-words.ts';

/** What the entity layer found in one question; spans refer to `q`, the normalised question. */
export interface Understanding {
  raw: string;
  q: string;
  /** The language the question is asked in, and so the reply's. */
  lang: QuestionLanguage;
  years: YearSlot[];
  /** The agency the question is about (first known one, else the first unknown mention). */
  agency: AgencyMatch;
  /** Every agency mention, text order. */
  agencyMatches: AgencyMatch[];
  /** Distinct known agencies (exact or fuzzy), text order. */
  agencies: string[];
  metricMatches: MetricMatch[];
  /** Distinct metrics asked for, after reductions (see metric-choice.ts). */
  metrics: string[];
  /** True when `metrics` came from a dimension only (无法提供 → applications.outcome). */
  metricImplied: boolean;
  dimMatches: DimensionMatch[];
  dims: Record<string, string>;
  /** Every value named per dimension (予以公开和部分公开 → outcome: [disclosed, partial]). */
  dimValues: Record<string, string[]>;
  /** Unit named after 多少/几 (多少期 → 期), for narrative figures. */
  unit: string | null;
  /** The noun counted after 多少/几 (多少家区属医疗卫生单位 → 区属医疗卫生单位). */
  countedNoun: string;
  /** Words left after removing agency, year, dimension, question words and particles (for narrative search). */
  words: string[];
  /** The same without the metric words: what the question says beyond the catalogue metric. */
  specificWords: string[];
}

const spanOf = (m: AgencyMatch): Span[] => (m.kind === 'none' ? [] : [m.span]);

/**
 * Values named per dimension. A group value named together with one of its rows (无法提供 …
 * 不掌握: unable + unable.not_held) is the same thing said twice: the row is kept.
 */
function dimValuesOf(dims: DimensionMatch[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of dims) if (!(out[d.dim] ??= []).includes(d.value)) out[d.dim]?.push(d.value);
  for (const [dim, values] of Object.entries(out)) out[dim] = values.filter((v) => !values.some((o) => o.startsWith(`${v}.`)));
  return out;
}

function dimsOf(values: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([dim, vs]) => (vs[0] ? [[dim, vs[0]]] : [])));
}

// Words that join two agencies a question asks about together (科技局和机关事务服务中心).
const AGENCY_JOINER = /^(和|与|及|以及|跟|同|、|,|或|或者|还有|对比|比较|vs|and|or)$/;

/**
 * Distinct known agencies, text order. A later agency counts only when joined to the previous one
 * by 和/与/、…: "区政府办公室…区政府层面申请书" names one agency, not two.
 */
function knownAgencies(q: string, matches: AgencyMatch[]): string[] {
  const known = matches.filter((m): m is Extract<AgencyMatch, { kind: 'exact' | 'fuzzy' }> => m.kind === 'exact' || m.kind === 'fuzzy');
  const out: string[] = [];
  let prevEnd = -1;
  for (const m of known) {
    const between = q.slice(prevEnd, m.span.start).replace(/\s|\d{2,4}年?度?|的/g, '');
    if (prevEnd < 0 || AGENCY_JOINER.test(between)) {
      if (!out.includes(m.agency)) out.push(m.agency);
      prevEnd = m.span.end;
    }
  }
  return out;
}

/**
 * A level word inside a longer agency-like name that is none of ours (湖田街道办, 房镇镇政府) is the
 * name's body type, not the level dimension: 湖田街道办的申请 is one office's figure, not all 镇街'.
 * Which dimensions: question-words namePartDimensions.
 */
function inUnknownName(lex: Lexicon, q: string, agencies: AgencyMatch[]): (d: DimensionMatch) => boolean {
  const known = agencies.flatMap(spanOf);
  const names = findAgencyMentions(q, loadAgencyRules().mention).filter((m) => !known.some((k) => overlaps(k, m)));
  return (d) =>
    lex.words.namePartDimensions.includes(d.dim) && names.some((m) => m.start <= d.span.start && d.span.end <= m.end && m.end - m.start > d.span.end - d.span.start);
}

/**
 * Dimension words that hold a whole agency name and more (区政府工作部门 holds 区政府): the longer
 * phrase names the level, as the longest match wins everywhere else; the agency is still read.
 */
function enclosingDims(lex: Lexicon, q: string, agencies: AgencyMatch[], masked: Span[], found: DimensionMatch[]): DimensionMatch[] {
  const names = agencies.flatMap(spanOf);
  const others = masked.filter((m) => !names.includes(m));
  const holds = (d: DimensionMatch, a: Span) => d.span.start <= a.start && a.end <= d.span.end && d.span.end - d.span.start > a.end - a.start;
  return lex.metricMatcher
    .matchDimensions(q, others)
    .filter((d) => names.some((a) => holds(d, a)) && names.every((a) => holds(d, a) || !overlaps(a, d.span)))
    .filter((d) => !found.some((f) => overlaps(f.span, d.span)));
}

/**
 * The words of a text read as a question's leftover words are (stop words, particles and figures aside;
 * a numbered row's label kept): what a fact's label says when it is compared with a question word for word
 * (2023年共开展 says 开展, (七)总计（总计） says 总计).
 */
export function wordsOfText(lex: Lexicon, text: string): string[] {
  return remainingWords(normaliseQuestion(text), [], null, lex.words);
}

/** Runs every entity matcher over the question once. */
export function understandQuestion(lex: Lexicon, raw: string): Understanding {
  const q = normaliseQuestion(raw);
  const agencyMatches = lex.agencyMatcher.matchAll(q);
  const agency = agencyMatches.find((m) => m.kind !== 'unknown') ?? agencyMatches[0] ?? { kind: 'none' };
  const allYears = distinctYears(lex, q);
  // Agency and year words are not metric words (公园街道 must not look like a metric) — except a
  // relative year, which may be part of a metric phrase ("carried over from last year", 上年结转).
  const masked = [...agencyMatches.flatMap(spanOf), ...allYears.filter((y) => !y.relative).map((y) => y.span)];
  const named = lex.metricMatcher.match(q, masked);
  const metricMatches = named.length > 0 ? named : englishMetric(q, lex.catalog);
  const years = allYears.filter((y) => !y.relative || !metricMatches.some((m) => overlaps(m.span, y.span)));
  masked.push(...years.filter((y) => y.relative).map((y) => y.span));
  // A dimension a metric's own name already holds is part of the metric, not a split of it: 网站 in
  // 门户网站访问量 / 网站点击量 (website.visits is named 网站访问量). A metric split by it (网上申请数) keeps it.
  const inherent = (metric: string, d: DimensionMatch) => {
    const def = lex.metricDefs.get(metric);
    const names = def ? [def.label, ...def.synonyms].join('|') : '';
    const value = lex.catalog.dimensions[d.dim]?.find((v) => v.key === d.value);
    return !lex.dimKeysOf(metric).has(d.dim) && value !== undefined && [value.label, ...value.synonyms].some((w) => names.includes(w));
  };
  const inMetric = (d: DimensionMatch) => metricMatches.some((m) => inherent(m.metric, d));
  const unitAt = questionUnitSpan(q, lex.words);
  const inUnit = (d: DimensionMatch) => unitAt !== null && overlaps(unitAt, d.span);
  const inName = inUnknownName(lex, q, agencyMatches);
  const unmasked = lex.metricMatcher.matchDimensions(q, masked);
  const namedDims = [...unmasked, ...enclosingDims(lex, q, agencyMatches, masked, unmasked)]
    .filter((d) => !inMetric(d) && !inUnit(d) && !inName(d))
    .sort((a, b) => a.span.start - b.span.start);
  const implied = impliedMetric(lex, metricMatches, namedDims);
  const unit = questionUnit(q, lex.words);
  const metrics = implied ? [implied] : chooseMetrics(q, metricMatches, lex.catalog, unit, namedDims.map((d) => d.span));
  const taken = [...masked, ...namedDims.map((d) => d.span), ...metricMatches.map((m) => m.span)];
  const dimMatches = [...namedDims, ...bareLabelDims(lex, q, metrics, namedDims, taken)].sort((a, b) => a.span.start - b.span.start);
  return {
    raw,
    q,
    lang: questionLanguage(raw),
    years,
    agency,
    agencyMatches,
    agencies: knownAgencies(q, agencyMatches),
    metricMatches,
    metrics,
    metricImplied: implied !== null,
    dimMatches,
    dims: dimsOf(dimValuesOf(dimMatches)),
    dimValues: dimValuesOf(dimMatches),
    unit,
    countedNoun: questionCountedNoun(q, lex.words),
    // Dimension words are slots, not label words (自然人呢 is a follow-up, not a narrative search).
    words: remainingWords(q, [...masked, ...dimMatches.map((d) => d.span)], unit, lex.words),
    specificWords: remainingWords(q, [...masked, ...dimMatches.map((d) => d.span), ...metricMatches.map((m) => m.span)], unit, lex.words),
  };
}
