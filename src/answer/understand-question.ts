import type { AgencyMatch } from '../nlu/agency-entity.ts';
import { findAgencyMentions } from '../nlu/agency-mentions.ts';
import { loadAgencyRules } from '../nlu/agency-rules.ts';
import type { IntentFeature } from '../nlu/intent-catalog.ts';
import type { DimensionMatch, MetricMatch } from '../nlu/metric-entity.ts';
import { normaliseQuestion } from '../nlu/normalise-question.ts';
import type { Span } from '../nlu/span.ts';
import { overlaps } from '../nlu/term-index.ts';
import { bareLabelDims } from './bare-label-dims.ts';
import { englishMetric } from './english-metric.ts';
import { chooseMetrics, impliedMetric } from './metric-choice.ts';
import type { NluKit } from './nlu-kit.ts';
import { distinctYears, type YearSlot } from './question-years.ts';
import { questionCountedNoun, questionUnit, questionUnitSpan, remainingWords } from './remaining-words.ts';

/** What the entity layer found in one question; spans refer to `q`, the normalised question. */
export interface Understanding {
  raw: string;
  q: string;
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
 * Which dimensions: answer-config namePartDimensions.
 */
function inUnknownName(kit: NluKit, q: string, agencies: AgencyMatch[]): (d: DimensionMatch) => boolean {
  const known = agencies.flatMap(spanOf);
  const names = findAgencyMentions(q, loadAgencyRules().mention).filter((m) => !known.some((k) => overlaps(k, m)));
  return (d) =>
    kit.config.namePartDimensions.includes(d.dim) && names.some((m) => m.start <= d.span.start && d.span.end <= m.end && m.end - m.start > d.span.end - d.span.start);
}

/**
 * Dimension words that hold a whole agency name and more (区政府工作部门 holds 区政府): the longer
 * phrase names the level, as the longest match wins everywhere else; the agency is still read.
 */
function enclosingDims(kit: NluKit, q: string, agencies: AgencyMatch[], masked: Span[], found: DimensionMatch[]): DimensionMatch[] {
  const names = agencies.flatMap(spanOf);
  const others = masked.filter((m) => !names.includes(m));
  const holds = (d: DimensionMatch, a: Span) => d.span.start <= a.start && a.end <= d.span.end && d.span.end - d.span.start > a.end - a.start;
  return kit.metricMatcher
    .matchDimensions(q, others)
    .filter((d) => names.some((a) => holds(d, a)) && names.every((a) => holds(d, a) || !overlaps(a, d.span)))
    .filter((d) => !found.some((f) => overlaps(f.span, d.span)));
}

/** Runs every entity matcher over the question once. */
export function understandQuestion(kit: NluKit, raw: string): Understanding {
  const q = normaliseQuestion(raw);
  const agencyMatches = kit.agencyMatcher.matchAll(q);
  const agency = agencyMatches.find((m) => m.kind !== 'unknown') ?? agencyMatches[0] ?? { kind: 'none' };
  const allYears = distinctYears(kit, q);
  // Agency and year words are not metric words (公园街道 must not look like a metric) — except a
  // relative year, which may be part of a metric phrase ("carried over from last year", 上年结转).
  const masked = [...agencyMatches.flatMap(spanOf), ...allYears.filter((y) => !y.relative).map((y) => y.span)];
  const named = kit.metricMatcher.match(q, masked);
  const metricMatches = named.length > 0 ? named : englishMetric(q, kit.catalog);
  const years = allYears.filter((y) => !y.relative || !metricMatches.some((m) => overlaps(m.span, y.span)));
  masked.push(...years.filter((y) => y.relative).map((y) => y.span));
  // A dimension a metric's own name already holds is part of the metric, not a split of it: 网站 in
  // 门户网站访问量 / 网站点击量 (website.visits is named 网站访问量). A metric split by it (网上申请数) keeps it.
  const inherent = (metric: string, d: DimensionMatch) => {
    const def = kit.metricDefs.get(metric);
    const names = def ? [def.label, ...def.synonyms].join('|') : '';
    const value = kit.catalog.dimensions[d.dim]?.find((v) => v.key === d.value);
    return !kit.dimKeysOf(metric).has(d.dim) && value !== undefined && [value.label, ...value.synonyms].some((w) => names.includes(w));
  };
  const inMetric = (d: DimensionMatch) => metricMatches.some((m) => inherent(m.metric, d));
  const unitAt = questionUnitSpan(q, kit.config);
  const inUnit = (d: DimensionMatch) => unitAt !== null && overlaps(unitAt, d.span);
  const inName = inUnknownName(kit, q, agencyMatches);
  const unmasked = kit.metricMatcher.matchDimensions(q, masked);
  const namedDims = [...unmasked, ...enclosingDims(kit, q, agencyMatches, masked, unmasked)]
    .filter((d) => !inMetric(d) && !inUnit(d) && !inName(d))
    .sort((a, b) => a.span.start - b.span.start);
  const implied = impliedMetric(kit, metricMatches, namedDims);
  const unit = questionUnit(q, kit.config);
  const metrics = implied ? [implied] : chooseMetrics(q, metricMatches, kit.catalog, unit, namedDims.map((d) => d.span));
  const taken = [...masked, ...namedDims.map((d) => d.span), ...metricMatches.map((m) => m.span)];
  const dimMatches = [...namedDims, ...bareLabelDims(kit, q, metrics, namedDims, taken)].sort((a, b) => a.span.start - b.span.start);
  return {
    raw,
    q,
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
    countedNoun: questionCountedNoun(q, kit.config),
    // Dimension words are slots, not label words (自然人呢 is a follow-up, not a narrative search).
    words: remainingWords(q, [...masked, ...dimMatches.map((d) => d.span)], unit, kit.config),
    specificWords: remainingWords(q, [...masked, ...dimMatches.map((d) => d.span), ...metricMatches.map((m) => m.span)], unit, kit.config),
  };
}

/** The features intent triggers test (see intents/intents.json). */
export function intentFeatures(u: Understanding, hasContext: boolean): Set<IntentFeature> {
  const f = new Set<IntentFeature>();
  if (u.metrics.length > 0) f.add('metric');
  if (u.metrics.length > 1) f.add('metrics2');
  if (u.years.length > 0) f.add('year');
  if (u.years.length > 1) f.add('years2');
  if (u.agency.kind !== 'none') f.add('agency');
  if (u.agencies.length > 1) f.add('agencies2');
  if (u.dimMatches.length > 0) f.add('dims');
  if (Object.values(u.dimValues).some((v) => v.length > 1)) f.add('dims2');
  if (u.agencies.length > 0) f.add('known_agency');
  if (hasContext) f.add('context');
  return f;
}
