import type { MetricCatalog } from './metric-catalog.ts';
import type { DimensionMatch, MetricMatch } from './metric-entity.ts';
import { normaliseQuestion } from './normalise-question.ts';
import type { Span } from './span.ts';
import type { Lexicon } from './lexicon.ts';

const family = (metric: string) => metric.split('.')[0] ?? metric;

// Only a particle (or a space between English words) may separate a modifier phrase from its head
// noun (上年结转的申请数); 和/与 separate two things asked for.
const JOINERS = ['', '的', '之', '中', ' '];

function adjacent(q: string, a: MetricMatch, b: MetricMatch): boolean {
  const [first, second] = a.span.start < b.span.start ? [a, b] : [b, a];
  return second.span.start >= first.span.end && JOINERS.includes(q.slice(first.span.end, second.span.start));
}

/** The family's base metric: the first of the family in the catalogue (applications.received …). */
function baseOf(metric: string, catalog: MetricCatalog): string | undefined {
  return catalog.metrics.find((m) => family(m.key) === family(metric))?.key;
}

/**
 * "上年结转申请数", "政协提案立案", "applications carried over": two phrases of one family side by
 * side name ONE figure, the specific one; the family's base metric (申请数, 政协提案) only names
 * what it is a part of. The base hit is dropped when a sibling hit is adjacent to it.
 */
function dropAdjacentBase(q: string, hits: MetricMatch[], catalog: MetricCatalog): MetricMatch[] {
  // English puts the generic noun first and the specific phrase later ("applications were carried
  // over"), so there an English base word yields to any sibling, adjacent or not.
  const english = (h: MetricMatch) => /^[\x00-\x7f]+$/.test(h.span.text);
  return hits.filter((h) => {
    if (baseOf(h.metric, catalog) !== h.metric) return true;
    return !hits.some((o) => o.metric !== h.metric && family(o.metric) === family(h.metric) && (adjacent(q, o, h) || (english(h) && english(o))));
  });
}

/**
 * "行政诉讼维持…的有多少": 行政诉讼 names the family, 维持 the figure asked. X.total is dropped
 * when a more specific X.something is also named.
 */
function dropFamilyTotals(metrics: string[]): string[] {
  return metrics.filter((m) => !(m.endsWith('.total') && metrics.some((o) => o !== m && family(o) === family(m))));
}

// A sibling's words may be split by at most this many characters (行政诉讼中维持的).
const MAX_SPLIT_GAP = 3;

/** The characters of q[from, to) outside the given spans (a dimension named between two words). */
function gapText(q: string, from: number, to: number, skipped: Span[]): string {
  let out = '';
  for (let i = from; i < to; i += 1) if (!skipped.some((s) => s.start <= i && i < s.end)) out += q[i];
  return out;
}

/**
 * Whether the question names a sibling synonym around a family-total hit: overlapping it
 * (行政复议维持 → 复议维持, lost to the longest-match rule) or split by a short gap
 * (行政诉讼中维持 → 诉讼维持: the stem inside the hit, the rest right after it). A dimension named in
 * the gap does not count towards it (行政诉讼未经复议直接起诉结果维持 names 诉讼…维持 split by the route).
 */
function namesSibling(q: string, h: MetricMatch, syn: string, dims: Span[]): boolean {
  const at = q.indexOf(syn, Math.max(0, h.span.start - syn.length + 1));
  if (at >= 0 && at < h.span.end && at + syn.length > h.span.end) return true;
  const chars = [...syn];
  for (let cut = 2; cut <= chars.length - 2; cut += 1) {
    const stem = chars.slice(0, cut).join('');
    const rest = chars.slice(cut).join('');
    if (!h.span.text.endsWith(stem)) continue;
    const after = q.indexOf(rest, h.span.end);
    if (after < 0) continue;
    const gap = gapText(q, h.span.end, after, dims);
    if (gap.length <= MAX_SPLIT_GAP && !/[,，。;；、和与及]/.test(gap)) return true;
  }
  return false;
}

/**
 * "行政复议维持了几起", "行政诉讼中维持的有多少": the longest-match rule reads 行政复议 / 行政诉讼
 * (X.total) and loses the more specific sibling the question names around it. Such a family total
 * stands for that sibling.
 */
function preferNamedSibling(q: string, hits: MetricMatch[], catalog: MetricCatalog, dims: Span[]): MetricMatch[] {
  return hits.map((h) => {
    if (!h.metric.endsWith('.total')) return h;
    const sibling = catalog.metrics.find(
      (m) => m.key !== h.metric && family(m.key) === family(h.metric) && m.synonyms.map(normaliseQuestion).some((syn) => namesSibling(q, h, syn, dims)),
    );
    return sibling ? { ...h, metric: sibling.key } : h;
  });
}

/** Distinct metrics asked for, in text order, after the reductions above. */
export function chooseMetrics(q: string, hits: MetricMatch[], catalog: MetricCatalog, unit: string | null = null, dims: Span[] = []): string[] {
  const sorted = preferNamedSibling(q, [...hits].sort((a, b) => a.span.start - b.span.start), catalog, dims);
  const kept = dropAdjacentBase(q, sorted, catalog);
  return byUnit(dropFamilyTotals([...new Set(kept.map((h) => h.metric))]), catalog, unit);
}

// 依申请公开收费多少元: of two metrics named, the one measured in the unit asked for (元) is the question;
// a counted unit (件) still fits every counting metric, so only a unit some metrics lack decides.
function byUnit(metrics: string[], catalog: MetricCatalog, unit: string | null): string[] {
  if (metrics.length < 2 || !unit) return metrics;
  const fits = metrics.filter((m) => catalog.metrics.find((d) => d.key === m)?.unit.endsWith(unit));
  return fits.length > 0 && fits.length < metrics.length ? fits : metrics;
}

/**
 * A dimension stands for a metric when the question names no metric, or only a generic head term
 * (不予公开的申请数): the configured metric of that dimension (无法提供 → applications.outcome), else
 * the only metric whose facts in the store carry that value (信函 → applications.received). With
 * several dimensions, the metric must carry them all (自然人 + 予以公开 → applications.outcome).
 */
export function impliedMetric(lex: Lexicon, hits: MetricMatch[], dims: DimensionMatch[]): string | null {
  if (dims.length === 0 || !hits.every((h) => lex.words.headTerms.includes(h.span.text))) return null;
  const candidates = new Set(dims.flatMap((d) => {
    const configured = lex.words.dimensionImpliesMetric[d.dim];
    return configured ? [configured] : lex.metricsWithDim(d.dim, d.value);
  }));
  const keys = [...new Set(dims.map((d) => d.dim))];
  const fitting = [...candidates].filter((m) => keys.every((k) => lex.dimKeysOf(m).has(k)));
  return fitting.length === 1 ? (fitting[0] as string) : null;
}
