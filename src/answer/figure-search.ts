import type { StoredFact } from '../model/fact-source.ts';
import { normaliseQuestion } from '../nlu/normalise-question.ts';
import { loadAnswerConfig, type AnswerConfig } from './answer-config.ts';

export interface ScoredFact {
  fact: StoredFact;
  score: number;
  /** Share of the question's character pairs (weighted by rarity) found in the label / in the quote. */
  label: number;
  quote: number;
  /** Share of the label's own pairs that the question has. */
  precision: number;
  nounAgrees: boolean;
}

/** What the question says about the figure: its words, the unit and the counted noun (多少家X → X). */
export interface FigureQuery {
  words: string[];
  unit: string | null;
  countedNoun: string;
  /** The question's words that named dimensions (市级, 政务微信): a prose figure's label may say them. */
  dimWords?: string[];
}

/** Character pairs within each piece (a removed word splits pieces; no pair spans a gap). */
export function bigrams(pieces: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of pieces) {
    const chars = [...p];
    for (let i = 0; i + 1 < chars.length; i += 1) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

export const piecesOf = (text: string) => normaliseQuestion(text).split(/[\s\p{P}\p{S}\d]+/u).filter(Boolean);

/**
 * How telling each question pair is among these facts: pairs found in many sentences (政府, 信息,
 * 公开 in a disclosure report) weigh little, rare ones (委员, 文教) much — inverse document frequency
 * over the distinct quotes.
 */
function pairWeights(q: Set<string>, facts: StoredFact[]): Map<string, number> {
  const quotes = [...new Set(facts.map((f) => f.quote))].map((t) => bigrams(piecesOf(t)));
  const n = quotes.length;
  // A pair found in no sentence (often one spanning two words: 报印 in 公报印发) weighs like a rare one.
  return new Map([...q].map((p) => [p, Math.log(1 + (n + 1) / (1 + Math.max(1, quotes.filter((b) => b.has(p)).length)))]));
}

function weightedShare(q: Set<string>, text: Set<string>, w: Map<string, number>): number {
  let hit = 0;
  let all = 0;
  for (const x of q) {
    const weight = w.get(x) ?? 1;
    all += weight;
    if (text.has(x)) hit += weight;
  }
  return all === 0 ? 0 : hit / all;
}

function shared(a: Set<string>, b: Set<string>): number {
  let hit = 0;
  for (const x of a) if (b.has(x)) hit += 1;
  return hit;
}

// 多少份 accepts 万份 (same counting word, larger unit); a figure without a unit fits no named unit.
// A fact's unit is compared as the question's is, through the same aliases (3名 counts 人).
const unitFits = (factUnit: string, asked: string | null, aliases: Record<string, string>) =>
  asked === null || (factUnit !== '' && (aliases[factUnit] ?? factUnit).endsWith(asked));

const CJK_RUN = /^[\u3400-\u9fff]+/;

/**
 * The noun right after the figure in its sentence: "6家区属医疗卫生单位" → 区属医疗卫生单位. It says
 * what is counted, so it tells apart figures that share a sentence.
 */
export function countedNounOf(f: StoredFact): string {
  const quote = normaliseQuestion(f.quote);
  const label = normaliseQuestion(f.label);
  const from = label && quote.includes(label) ? quote.indexOf(label) + label.length : 0;
  const at = quote.indexOf(String(f.value), from);
  if (at < 0) return '';
  let rest = quote.slice(at + String(f.value).length).replace(/^(余|多)/, '');
  if (f.unit && rest.startsWith(f.unit)) rest = rest.slice(f.unit.length);
  return (CJK_RUN.exec(rest.replace(/^(余|多|以上|左右)/, ''))?.[0] ?? '').slice(0, 10);
}

/**
 * The whole noun phrase the figure counts, up to the next punctuation: "收到1件因…申请提起的行政复议" →
 * 因…申请提起的行政复议. Only after the figure's own label (a figure whose label is not in its sentence
 * has no phrase), and only where the figure stands whole (the 2 of 2023 is not a figure of 2).
 */
export function nounPhraseOf(f: StoredFact, max = 24): string {
  const quote = normaliseQuestion(f.quote);
  const label = normaliseQuestion(f.label);
  if (!label || !quote.includes(label)) return '';
  const from = quote.indexOf(label) + label.length;
  const value = String(f.value);
  const at = quote.indexOf(value, from);
  if (at < 0 || /[\d.]/.test(quote.slice(from, at).slice(-1)) || /[\d.]/.test(quote[at + value.length] ?? '')) return '';
  let rest = quote.slice(at + value.length).replace(/^(余|多)/, '').trimStart();
  if (f.unit && rest.startsWith(f.unit)) rest = rest.slice(f.unit.length);
  return (CJK_RUN.exec(rest.replace(/^(余|多|以上|左右)/, ''))?.[0] ?? '').slice(0, max);
}

/**
 * Whether the figure counts the very thing the question counts (几件行政复议): the phrase after it is
 * that noun, or ends in it after a modifier joined by 的 (1件因政府信息公开申请提起的行政复议), or its
 * head and its modifier's words make it up (2篇有关政策的解读 for 政策解读). 3条有关行政复议的信息 counts
 * 信息, not reviews.
 */
export function countsAskedNoun(asked: string, f: StoredFact): boolean {
  if ([...asked].length < 2) return false;
  const phrase = nounPhraseOf(f);
  const cut = phrase.lastIndexOf('的');
  if (cut < 0) return phrase === asked;
  const head = phrase.slice(cut + 1);
  if ([...head].length < 2 || !asked.endsWith(head)) return false;
  const rest = asked.slice(0, asked.length - head.length);
  return rest === '' || phrase.slice(0, cut).includes(rest);
}

const firstPair = (s: string) => [...s].slice(0, 2).join('');
const nounAgrees = (asked: string, stated: string) => [...asked].length >= 2 && [...stated].length >= 2 && firstPair(asked) === firstPair(stated);

// The answer policy (README): a figure found by words answers only when its own label says what the
// question asks (holds enough of its words, or is made of them), or the noun counted right after it is
// the one asked about; and the question's words are all but found in its label and sentence. Being the
// only figure of a sentence that shares the words is never enough (纳税人 in a sentence about letters).
function qualifies(s: ScoredFact, config: AnswerConfig): boolean {
  const c = config.figureSearch;
  if (s.label >= c.strongLabelRecall) return true;
  if (s.quote < c.minQuoteRecall || s.label + s.quote === 0) return false;
  return s.label >= c.minLabelRecall || s.precision >= c.minLabelPrecision || s.nounAgrees;
}

/**
 * Narrative figures whose sentence is about what the question asks (quote recall) and whose label
 * — or counted noun, or being the sentence's only figure — singles them out. Below that the bot
 * says it found nothing rather than guess a number. Best first.
 */
export function searchFigures(facts: StoredFact[], query: FigureQuery, unitAliases: Record<string, string>): ScoredFact[] {
  const config = loadAnswerConfig();
  const q = bigrams(query.words);
  if (q.size < config.figureSearch.minBigrams) return [];
  const weights = pairWeights(q, facts);
  const scored = facts
    .filter((f) => unitFits(f.unit, query.unit, unitAliases))
    .map((fact) => {
      const labelPairs = bigrams(piecesOf(fact.label));
      const s = {
        fact,
        label: weightedShare(q, labelPairs, weights),
        quote: weightedShare(q, bigrams(piecesOf(fact.quote)), weights),
        precision: labelPairs.size ? shared(q, labelPairs) / labelPairs.size : 0,
        nounAgrees: nounAgrees(query.countedNoun, countedNounOf(fact)),
        score: 0,
      };
      s.score = 0.5 * s.label + 0.3 * s.quote + 0.2 * s.precision + (s.nounAgrees ? config.figureSearch.countedNounBonus : 0);
      return s;
    })
    .filter((s) => qualifies(s, config));
  // A figure whose counted noun is the one asked about beats figures that merely share its sentence.
  const agreeing = scored.filter((s) => s.nounAgrees);
  return (agreeing.length > 0 ? agreeing : scored).sort((a, b) => b.score - a.score || a.fact.id - b.fact.id);
}

/** The best hits: everything within tieMargin of the top score (listed together when several). */
export function bestFigures(scored: ScoredFact[], config: AnswerConfig = loadAnswerConfig()): ScoredFact[] {
  const top = scored[0];
  if (!top) return [];
  return scored.filter((s) => top.score - s.score <= config.figureSearch.tieMargin);
}
