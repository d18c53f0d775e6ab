import type { StoredFact, FactSource } from '../model/fact-source.ts';
import { bestFigures, bigrams, countsAskedNoun, nounPhraseOf, piecesOf, searchFigures, type FigureQuery, type ScoredFact } from './figure-search.ts';
import { metricNamed } from './fact-text.ts';
import { loadAnswerConfig, type AnswerConfig } from './answer-config.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import { toSimplified } from '../text/to-simplified.ts';
import { selectFacts } from './select-facts.ts';
import { labelIsQuestion, wordsAccounted } from './words-accounted.ts';
import { listed, msg, type Text } from './messages.ts';

/** One (agency, year, metric) to answer; metric null = find a narrative figure by its words. */
export interface Target {
  agency: string;
  year: number;
  metric: string | null;
  dims: Record<string, string>;
  query: FigureQuery;
  /** Words beyond the metric's own; [] when a narrower narrative figure must not be looked for. */
  specificWords: string[];
  /** Only catalogue facts count (answers across agencies never use a figure found by words). */
  catalogueOnly?: boolean;
}

export type TargetResult =
  | { kind: 'facts'; facts: StoredFact[]; notes: Text[]; via: 'metric' | 'fallback' | 'parts' | 'search' }
  | { kind: 'missing_dims'; metric: string; dims: string[]; without: StoredFact[] }
  /** The report does not state the metric asked; these figures share the question's words (shown apart, not as the answer). */
  | { kind: 'nearby'; metric: string | null; facts: StoredFact[] }
  | { kind: 'none' };

// Two facts with the same value whose dimensions do not contradict each other are one figure stated
// twice (the table's total and the narrative's "上年结转12件"; visits in two sections), not a tie.
const compatible = (a: StoredFact, b: StoredFact) => Object.entries(a.dims).every(([k, v]) => b.dims[k] === undefined || b.dims[k] === v);

function dedupe(facts: StoredFact[]): StoredFact[] {
  const kept: StoredFact[] = [];
  for (const f of facts) {
    if (!kept.some((k) => k.value === f.value && k.unit === f.unit && k.metric === f.metric && compatible(k, f))) kept.push(f);
  }
  return kept;
}

const family = (metric: string) => metric.split('.')[0] ?? metric;
const conflicts = (f: StoredFact, dims: Record<string, string>) => Object.entries(dims).some(([k, v]) => f.dims[k] !== undefined && f.dims[k] !== v);

function dimLabel(lex: Lexicon, dim: string, value: string | undefined): string {
  return lex.catalog.dimensions[dim]?.find((d) => d.key === value)?.label.replace(/^(\([一二三四五六七八九十]+\)|\d+\.)/, '') ?? dim;
}

/**
 * Whether a fact carries every dimension the question names: on the fact itself (a table cell), or,
 * for a figure found by words, in its own label, read with the synonyms the question was read with
 * (政务新媒体 is not 政务微博; 废止…规章 is not 制发…规章).
 */
function holdsDims(lex: Lexicon, f: StoredFact, dims: Record<string, string>): boolean {
  const open = Object.entries(dims).filter(([k]) => f.dims[k] === undefined);
  if (open.length === 0) return true;
  const named = lex.metricMatcher.matchDimensions(f.label);
  if (open.every(([k, v]) => named.some((d) => d.dim === k && d.value === v))) return true;
  const via = leadInOf(f);
  if (via === '') return false;
  // A lead-in naming another value of the dimension too (网站 and 微博) does not say which one it is.
  const viaNamed = lex.metricMatcher.matchDimensions(`${via}${f.label}`);
  return open.every(([k, v]) => viaNamed.some((d) => d.dim === k && d.value === v) && viaNamed.every((d) => d.dim !== k || d.value === v));
}

// Compiled once per configuration: the lead-in is checked for every candidate figure.
const compiledLeadIns = new WeakMap<AnswerConfig, RegExp[]>();
function leadInPatterns(config: AnswerConfig): RegExp[] {
  let patterns = compiledLeadIns.get(config);
  if (!patterns) {
    patterns = config.labelLeadIns.map((p) => new RegExp(p, 'u'));
    compiledLeadIns.set(config, patterns);
  }
  return patterns;
}

/** The word pairs of a fact's own label (simplified, cut at punctuation). */
const labelPairs = (f: StoredFact): Set<string> => bigrams(piecesOf(toSimplified(f.label)));

/**
 * The clause right before a prose figure's label, set apart by a comma, when it says through what the
 * figure was published (以某某区人民政府网站为主平台，主动公开政府信息121条): answer-config labelLeadIns.
 */
function leadInOf(f: StoredFact): string {
  const patterns = leadInPatterns(loadAnswerConfig());
  if (patterns.length === 0 || !f.label) return '';
  const quote = toSimplified(f.quote);
  const at = quote.indexOf(toSimplified(f.label));
  if (at <= 0) return '';
  const before = quote.slice(0, at).trimEnd();
  if (!/[,，]$/.test(before)) return '';
  const clause = before.slice(0, -1).split(/[。；;,，:：!！?？]/).at(-1)?.trim() ?? '';
  return patterns.some((p) => p.test(clause)) ? clause : '';
}

/** Figures found by words, best first, whether or not they carry the asked dimensions. */
function scoredAll(lex: Lexicon, facts: StoredFact[], t: Target): ScoredFact[] {
  if (bigrams(t.query.words).size < loadAnswerConfig().figureSearch.minBigrams) return labelledAsAsked(lex, facts, t);
  return bestFigures(searchFigures(facts, t.query, lex.words.unitAliases));
}

/**
 * A question of one short word (主办, 会议, (七)总计) is too little to search by: only a fact whose own
 * label is that word and nothing else (其中主办2件 → 主办) is the one asked; sharing a sentence or
 * holding the word among others (主办单位, 行政复议 总计) is not.
 */
function labelledAsAsked(lex: Lexicon, facts: StoredFact[], t: Target): ScoredFact[] {
  return facts
    .filter((f) => unitFits(lex, f, t.query.unit) && labelIsQuestion(lex, t.query.words, f))
    .map((fact) => ({ fact, score: 1, label: 1, quote: 1, precision: 1, nounAgrees: false }));
}

/**
 * Facts of the report found by their label: narrative figures first; if none fits, any other fact
 * whose label says the same (政务微信公开政府信息 → the wechat row), never one whose dimensions
 * contradict the question's.
 */
export function searchTarget(lex: Lexicon, source: FactSource, t: Target): { answerable: ScoredFact[]; all: ScoredFact[] } {
  // Narrative figures first (a few per report); the report's other facts are read only if none fits.
  // …and when none of them carries the asked dimensions (发布通知公告 for 通过门户网站发布), the others too.
  const figures = scoredAll(lex, source.facts({ agency: t.agency, year: t.year, metrics: ['figure'], compatibleWith: t.dims }), t);
  const others = () => source.facts({ agency: t.agency, year: t.year, compatibleWith: t.dims }).filter((f) => f.metric !== 'figure');
  const fits = figures.some((s) => holdsDims(lex, s.fact, t.dims));
  const hits = fits ? figures : [...figures, ...scoredAll(lex, others(), t)];
  const kept = new Set(dedupe(hits.map((s) => s.fact)));
  const all = hits.filter((s) => kept.has(s.fact));
  return { answerable: all.filter((s) => holdsDims(lex, s.fact, t.dims)), all };
}

/**
 * Whether a stated figure is in the measure asked for: 多少元 needs a figure in 元, 几户 one in 户; the
 * counting units (件, 条, 起 …) stand for one another, since reports count the same items in either.
 */
function unitFits(lex: Lexicon, f: StoredFact, asked: string | null): boolean {
  if (asked === null || (lex.words.unitAliases[f.unit] ?? f.unit).endsWith(asked)) return true;
  const counts = loadAnswerConfig().countUnits;
  return counts.includes(asked) && counts.includes(f.unit);
}

/** The metric, else its catalogue fallbacks (saying so), with the dimension rules of selectFacts. */
function fromCatalogue(lex: Lexicon, source: FactSource, t: Target, metric: string, useFallbacks: boolean): TargetResult {
  const chain = [metric, ...(useFallbacks ? (lex.metricDefs.get(metric)?.fallback ?? []) : [])];
  for (const m of chain) {
    // Facts stating another value for an asked dimension (the table's other rows) never fit: the
    // store leaves them out, and selectFacts would have (so a metric none of whose facts fit is skipped).
    const relevant = lex.dimKeysOf(m);
    const asked = Object.fromEntries(Object.entries(t.dims).filter(([k]) => relevant.has(k)));
    const candidates = source.facts({ agency: t.agency, year: t.year, metrics: [m], compatibleWith: asked }).filter((f) => unitFits(lex, f, t.query.unit));
    if (candidates.length === 0) continue;
    const sel = selectFacts(candidates, t.dims, relevant, (f, dims) => holdsDims(lex, f, dims));
    const notes: Text[] = [];
    if (m !== metric) notes.push(msg('target.instead', { asked: metricNamed(lex, metric), given: metricNamed(lex, m) }));
    if (sel.zeroCoversDims) notes.push(msg('target.zero_total_covers', { dims: listed(sel.missingDims.map((d) => `“${dimLabel(lex, d, t.dims[d])}”`)) }));
    // The facts that say the question's other words go first, so that of one figure stated twice the
    // copy saying them is the one kept (已在规定期限内办理完毕 over （七）总计).
    const said = (f: StoredFact) => wordsAccounted(lex, t.specificWords, f, { all: true });
    const facts = [...sel.facts.filter(said), ...sel.facts.filter((f) => !said(f))];
    if (facts.length > 0) return { kind: 'facts', facts: dedupe(facts), notes, via: m === metric ? 'metric' : 'fallback' };
    if (sel.missingDims.length > 0) return { kind: 'missing_dims', metric: m, dims: sel.missingDims.map((d) => dimLabel(lex, d, t.dims[d])), without: dedupe(sel.withoutDims) };
  }
  return { kind: 'none' };
}

/** Every metric factsForTarget may read for `metric` from the catalogue: itself, fallbacks, parts, family total. */
export function catalogueMetricsFor(lex: Lexicon, metric: string): string[] {
  const parts = loadAnswerConfig().compositeMetrics[metric] ?? [];
  const chains = [metric, ...parts].flatMap((m) => [m, ...(lex.metricDefs.get(m)?.fallback ?? [])]);
  return [...new Set([...chains, `${family(metric)}.total`])];
}

/** 行政复议和行政诉讼 in a report that states them separately: answer the parts. */
function fromParts(lex: Lexicon, source: FactSource, t: Target, metric: string): TargetResult {
  const parts = loadAnswerConfig().compositeMetrics[metric] ?? [];
  const facts = parts.flatMap((p) => {
    const r = fromCatalogue(lex, source, t, p, false);
    return r.kind === 'facts' ? r.facts : [];
  });
  if (facts.length === 0) return { kind: 'none' };
  return { kind: 'facts', facts, notes: [msg('target.parts', { metric: metricNamed(lex, metric) })], via: 'parts' };
}

/** "行政诉讼被纠正几起" where the report says no litigation at all: 0 in total is 0 in every part. */
function fromFamilyZero(lex: Lexicon, source: FactSource, t: Target, metric: string): TargetResult {
  const total = `${family(metric)}.total`;
  if (metric === total || !lex.metricDefs.has(total)) return { kind: 'none' };
  const zeros = source.facts({ agency: t.agency, year: t.year, metrics: [total] }).filter((f) => f.value === 0 && !conflicts(f, t.dims));
  if (zeros.length === 0) return { kind: 'none' };
  return { kind: 'facts', facts: dedupe(zeros), notes: [msg('target.zero_family', { metric: metricNamed(lex, metric), total: metricNamed(lex, total) })], via: 'fallback' };
}

/** Word pairs found in few sentences of the report: the ones that can single out a figure. */
// NFKC turns compatibility ideographs and Kangxi radicals into ordinary characters: a quote holding
// one is normalised in full before its pairs are looked for.
const NFKC_TO_CJK = /[\u2f00-\u2fdf\uf900-\ufaff]/;

/**
 * Which of `pairs` occur in few of the report's sentences. A sentence can hold a pair only if its
 * simplified text holds both characters, so most are passed over without being split into pairs.
 */
function rarePairs(lex: Lexicon, source: FactSource, t: Target, pairs: Set<string>): Set<string> {
  const max = loadAnswerConfig().figureSearch.narrowerMaxQuoteFrequency;
  const report = reportOf(lex, t.agency, t.year);
  const counts = new Map([...pairs].map((p) => [p, 0]));
  for (const quote of report ? source.quotesOf(report.id) : []) {
    const simple = toSimplified(quote);
    const could = [...pairs].filter((p) => NFKC_TO_CJK.test(quote) || [...p].every((ch) => simple.includes(ch)));
    if (could.length === 0) continue;
    const held = bigrams(piecesOf(quote));
    for (const p of could) if (held.has(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n <= max).map(([p]) => p));
}

/** The words a narrower figure is scored on, and the word pairs that say what the question adds. */
function beyondMetric(t: Target): { words: string[]; asked: Set<string>; whole: boolean } {
  const own = bigrams(t.specificWords);
  if (own.size >= loadAnswerConfig().figureSearch.minBigrams) return { words: t.specificWords, asked: own, whole: false };
  const added = new Set(t.specificWords.flatMap((w) => [...w]));
  const words = t.query.words.filter((w) => t.specificWords.some((s) => w.includes(s)));
  return { words, asked: new Set([...bigrams(words)].filter((p) => [...p].some((ch) => added.has(ch)))), whole: true };
}

/**
 * A catalogue answer yields to a narrative figure when the question says more than the metric
 * ("立案提案中委员提案多少件" is about 委员提案, not all proposals): the figure must qualify as a
 * search hit AND its label must share a word pair that the metric did not account for and that
 * few sentences of the report contain (政府信息 is everywhere; 委员 is not).
 */
export function narrowerFigure(lex: Lexicon, source: FactSource, t: Target): StoredFact[] {
  if (t.specificWords.length === 0) return [];
  // Scored on the words beyond the metric: the metric's own words are already accounted for. Too few
  // to search alone (委员 of 委员提案), they are scored within the question's words that hold them, and
  // only the pairs touching them may single a figure out (委员, 员提; not the metric's 提案).
  const { words, asked, whole } = beyondMetric(t);
  const beyond = { ...t, query: { ...t.query, words } };
  // Scored within the question's words, a figure's label must hold them all (委员提案, not 发布政策 for 发布政策解读).
  // Every qualifying figure, not only the top scores: which of them is meant is settled below by the
  // metric's words (科教文卫类的建议提案 over 科教文卫类建议 for 科教文卫类的建议提案).
  const scoredFigures = searchFigures(source.facts({ agency: t.agency, year: t.year, metrics: ['figure'] }), beyond.query, lex.words.unitAliases)
    .filter((sf) => holdsDims(lex, sf.fact, t.dims) && (!whole || sf.label >= loadAnswerConfig().figureSearch.wholeLabelRecall));
  // Most questions have no such figure: the report's sentences are read only to weigh the ones found.
  if (scoredFigures.length === 0) return [];
  // Only the question's pairs that some found label holds can single one out: those are weighed.
  const inLabels = new Set(scoredFigures.flatMap((sf) => [...bigrams(piecesOf(sf.fact.label))].filter((p) => asked.has(p))));
  const rare = rarePairs(lex, source, t, inLabels);
  if (rare.size === 0) return [];
  // …and its own label (or the noun it counts) must say what the question adds, not just share a
  // sentence with it: 政府会议 does not narrow 主动公开政府信息 down.
  const strong = loadAnswerConfig().figureSearch.strongLabelRecall;
  const hits = scoredFigures.filter((s) => (s.label >= strong || s.nounAgrees) && [...bigrams(piecesOf(s.fact.label))].some((p) => rare.has(p)));
  // Among those, the label that also shares the metric's words wins (其他类提案 over 其他类建议).
  const full = bigrams(t.query.words);
  const overlap = (f: StoredFact) => [...bigrams(piecesOf(f.label))].filter((p) => full.has(p)).length;
  const best = Math.max(0, ...hits.map((s) => overlap(s.fact)));
  return dedupe(bestFigures(hits.filter((s) => overlap(s.fact) === best)).map((s) => s.fact));
}

/**
 * Whether a catalogue fact's own label already says everything the question adds to the metric
 * (政务微信公众号“今日张店”公开政府信息 for 政务微信公众号今日张店): then it is the figure asked, and
 * no narrative figure sharing those words (3000多户纳税人 … 微信公众号) can be narrower.
 */
function labelSaysAll(facts: StoredFact[], specificWords: string[]): boolean {
  const added = bigrams(specificWords);
  return added.size > 0 && facts.some((f) => {
    const held = labelPairs(f);
    return [...added].every((p) => held.has(p));
  });
}

/**
 * Whether a figure's label, with the noun it counts when that is the question's counted noun, holds
 * every word pair of the question (收到 + 行政复议 for 收到几件行政复议).
 */
function labelAndNounSayAll(query: FigureQuery, f: StoredFact): boolean {
  if (!countsAskedNoun(query.countedNoun, f)) return false;
  const held = new Set([...labelPairs(f), ...bigrams([query.countedNoun])]);
  const asked = bigrams(query.words);
  return asked.size > 0 && [...asked].every((p) => held.has(p));
}

/**
 * A figure the report states in prose under the question's very words (自然人申请63件, which counts the
 * carried-over ones too) beside a catalogue figure with another value (本年新收 自然人 51): the reply
 * must not give one silently for the other, so both are listed, each with its own label.
 */
function withSameLabel(lex: Lexicon, source: FactSource, t: Target, r: Extract<TargetResult, { kind: 'facts' }>): TargetResult {
  const words = [...(t.query.dimWords ?? []), ...t.query.words];
  if (t.catalogueOnly || words.length === 0) return r;
  const same = source.facts({ agency: t.agency, year: t.year, metrics: ['figure'] })
    .filter((f) => unitFits(lex, f, t.query.unit) && labelIsQuestion(lex, words, f) && !r.facts.some((c) => c.value === f.value));
  if (same.length === 0) return r;
  return { ...r, facts: [...r.facts, ...dedupe(same)], notes: [...r.notes, msg('target.same_label')] };
}

/**
 * The catalogue's facts that say every word the question has beyond its metric and dimensions
 * (words-accounted.ts). When none does, a stated fact of the report whose own label says them, with
 * the dimensions asked, is the one meant (（七）总计（自然人） is the 总计 row, not 本年新收); failing
 * that the reply is "not found", the catalogue's figures listed apart. Such a fact's label must say the
 * metric's words too: 被申请行政复议 is not answered by 政府信息公开申请总数 because both say 申请.
 */
function sayingAll(lex: Lexicon, source: FactSource, t: Target, r: Extract<TargetResult, { kind: 'facts' }>): TargetResult {
  const said = r.facts.filter((f) => wordsAccounted(lex, t.specificWords, f, { all: true }));
  if (said.length > 0) return withSameLabel(lex, source, t, { ...r, facts: said });
  const rows = dedupe(
    source.facts({ agency: t.agency, year: t.year, compatibleWith: t.dims })
      .filter((f) => unitFits(lex, f, t.query.unit) && holdsDims(lex, f, t.dims) && wordsAccounted(lex, t.query.words, f, { label: true })),
  );
  const row = rows.length === 1 ? rows[0] : undefined;
  if (row) return { kind: 'facts', facts: [row], notes: [], via: 'search' };
  return { kind: 'nearby', metric: t.metric, facts: r.facts };
}

/**
 * Facts for one target, in order of preference: the catalogue metric (or a narrower narrative
 * figure the question clearly describes), its fallbacks, its parts, a zero family total, and
 * finally a narrative figure found by the question's words. A split the report does not make is
 * reported as such.
 */
export function factsForTarget(lex: Lexicon, source: FactSource, t: Target): TargetResult {
  if (t.metric !== null) {
    const r = fromCatalogue(lex, source, t, t.metric, true);
    if (r.kind === 'facts' && !labelSaysAll(r.facts, t.specificWords)) {
      const narrower = narrowerFigure(lex, source, t);
      if (narrower.length > 0) {
        return { kind: 'facts', facts: narrower, notes: [msg('target.narrower', { metric: metricNamed(lex, t.metric) })], via: 'search' };
      }
    }
    // Several figures of the metric (配发解读材料, 主要负责人解读, 部门办公会议解读 are all 政策解读): the ones whose
    // own label says everything the question adds to the metric are the one asked (配发解读材料几件).
    if (r.kind === 'facts' && r.facts.length > 1) {
      const saying = r.facts.filter((f) => labelSaysAll([f], t.specificWords));
      if (saying.length > 0 && saying.length < r.facts.length) return { ...r, facts: saying };
    }
    if (r.kind === 'missing_dims' && !t.catalogueOnly && Object.keys(t.dims).length > 0) {
      // The catalogue figure is not split so, but the report may state the part in prose with its own
      // label (市级机关224438条, 通过微信公开…): a figure whose label names the split and the words answers.
      const strong = loadAnswerConfig().figureSearch.strongLabelRecall;
      // Scored on the words beyond the metric and on the split's own words (市级机关): the part's label
      // need not repeat the metric's name.
      const beyond = { ...t, query: { ...t.query, words: [...t.specificWords, ...(t.query.dimWords ?? [])] } };
      const parts = searchTarget(lex, source, beyond).answerable.filter((x) => x.label >= strong);
      if (parts.length > 0) return { kind: 'facts', facts: parts.map((x) => x.fact), notes: [], via: 'search' };
    }
    if (r.kind === 'facts') return sayingAll(lex, source, t, r);
    if (r.kind !== 'none') return r;
    // Not stated in the measure asked (公报电子版多少期 of a metric counted in 条): a narrative figure
    // that clearly says what the question adds may still answer.
    const narrower = narrowerFigure(lex, source, t);
    if (narrower.length > 0) return { kind: 'facts', facts: narrower, notes: [], via: 'search' };
    for (const alt of [fromParts(lex, source, t, t.metric), fromFamilyZero(lex, source, t, t.metric)]) if (alt.kind !== 'none') return alt;
  }
  if (t.catalogueOnly) return { kind: 'none' };
  const { answerable, all } = searchTarget(lex, source, t);
  const nearby = all.map((s) => s.fact);
  if (nearby.length === 0) return { kind: 'none' };
  if (!t.metric) return answerable.length > 0 ? { kind: 'facts', facts: answerable.map((s) => s.fact), notes: [], via: 'search' } : { kind: 'nearby', metric: null, facts: nearby };
  // A metric the report does not state: a figure answers only when its own label holds every word of
  // the question (全年共公开政府规范性文件 for 公开政府规范性文件); other figures sharing its words are listed
  // apart, each with its own label, and the answer is "not found".
  const whole = answerable.filter((s) => s.label >= loadAnswerConfig().figureSearch.wholeLabelRecall).map((s) => s.fact);
  if (whole.length === 1) return { kind: 'facts', facts: whole, notes: [msg('target.whole_label', { metric: metricNamed(lex, t.metric) })], via: 'search' };
  // …or when its label and the noun it counts hold them together: "收到1件因…提起的行政复议" for 收到几件行政复议.
  const counted = whole.length === 0 ? dedupe(answerable.filter((s) => labelAndNounSayAll(t.query, s.fact)).map((s) => s.fact)) : [];
  const one = counted.length === 1 ? counted[0] : undefined;
  if (one) return { kind: 'facts', facts: [one], notes: [msg('target.label_and_noun', { metric: metricNamed(lex, t.metric), noun: nounPhraseOf(one) })], via: 'search' };
  return { kind: 'nearby', metric: t.metric, facts: nearby };
}
