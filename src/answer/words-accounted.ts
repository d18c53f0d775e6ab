import type { StoredFact } from '../model/fact-source.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { wordsOfText } from '../nlu/understand-question.ts';
import { loadAgencyPlaces } from '../text/agency-places.ts';
import { editSimilarity } from '../text/edit-similarity.ts';
import { toSimplified } from '../text/to-simplified.ts';

/**
 * What of a fact may account for the question's leftover words: its own label only; its label and the
 * noun it counts; or all it says: its label, table headers (the catalogue names of its metric and
 * dimension values, with their synonyms), sentence (for a table cell, its row), section headings and
 * the report's title (which names the agency and its place).
 */
export type AccountedBy = { label: true } | { label: true; noun: string } | { all: true };

/**
 * The answer policy's word rule, in one place: a figure answers only if every word the question has
 * beyond what was read as agency, year, metric, dimension and question words is said by the fact: each
 * word is made of runs of two or more characters that the fact's texts hold (张店区 + 收到 for 张店区收到),
 * apart from the neutral words (intents/question-words.json `neutralWords`), which tell no figure from
 * another. A word of one character is too short to say anything and is passed over (七 of (七)).
 */
export function wordsAccounted(lex: Lexicon, words: string[], f: StoredFact, by: AccountedBy): boolean {
  const pieces = withoutNeutral(lex, words).filter((p) => [...p].length > 1);
  if (pieces.length === 0) return true;
  const texts = textsOf(lex, f, by).flatMap((t) => [t, t.replace(/[\s\p{P}\p{S}]+/gu, '')]);
  return pieces.every((p) => saidBy(p, texts) || ('all' in by && namesOwnAgency(p, f.agency)));
}

// How close a word must be to a stretch of the agency's name to be that name misspelt (one edit in four).
const MISSPELT_NAME = 0.75;

/**
 * Whether a word is the fact's own agency named with a typo the agency matcher did not take
 * (审计管所 for 张店区审计管理所, 执法队 for …执法大队): what says which report, not what the figure counts.
 */
function namesOwnAgency(word: string, agency: string): boolean {
  const n = [...word].length;
  if (n < 3) return false;
  const name = [...agency];
  for (let len = n - 1; len <= n + 1; len += 1) {
    for (let at = 0; at + len <= name.length; at += 1) if (editSimilarity(word, name.slice(at, at + len).join('')) >= MISSPELT_NAME) return true;
  }
  return false;
}

/**
 * Whether the word is runs of two or more characters each found in one of the texts, the longest run
 * first. A run is grown a character at a time while some text holds it (one that no text holds has no
 * longer extension any text holds), so a long question costs the length of the runs, not its square.
 */
function saidBy(word: string, texts: string[]): boolean {
  const chars = [...word];
  // One search over all the texts at once (joined by a character no text holds) instead of one per text.
  const all = texts.join('\u0000');
  const held = (from: number, to: number) => all.includes(chars.slice(from, to).join(''));
  let i = 0;
  while (i < chars.length) {
    let j = i + 1;
    while (j < chars.length && held(i, j + 1)) j += 1;
    if (j - i < 2) return false;
    i = j;
  }
  return true;
}

function withoutNeutral(lex: Lexicon, words: string[]): string[] {
  const neutral = [...neutralOf(lex), ...placeNames()];
  return words.flatMap((w) => neutral.reduce((parts, n) => parts.flatMap((p) => p.split(n)), [toSimplified(w)])).filter(Boolean);
}

/**
 * Known places, with and without their level (临沂市, 临沂): a place left over before an agency's name
 * (临沂河东区医疗保障局) is where the agency stands; the agency read says which report.
 */
let places: string[] | undefined;
function placeNames(): string[] {
  places ??= loadAgencyPlaces().known.flatMap((p) => [p.name, p.name.replace(/[省市区县]$/, '')]).filter((n) => [...n].length > 1).sort((a, b) => b.length - a.length);
  return places;
}

// Longest first, so 政府信息 is taken whole before 信息.
const neutralOf = (lex: Lexicon): string[] => lex.words.neutralWords.map((n) => n.word).sort((a, b) => b.length - a.length);

function textsOf(lex: Lexicon, f: StoredFact, by: AccountedBy): string[] {
  const label = toSimplified(f.label);
  if (!('all' in by)) return 'noun' in by ? [label, by.noun] : [label];
  const scope = f.scope === 'cumulative' ? lex.words.cumulativeWords : [];
  return [label, toSimplified(f.quote), ...headersOf(lex, f), ...placeOf(f), ...scope].map(toSimplified);
}

/** Where the fact stands: its section and sub-section headings, and the report's title (the agency and its place). */
const placeOf = (f: StoredFact): string[] => [f.section, ...f.subPath, f.reportTitle];

/** The catalogue's names for the fact's metric and its dimension values: the table's headers, said every way. */
function headersOf(lex: Lexicon, f: StoredFact): string[] {
  const metric = lex.metricDefs.get(f.metric);
  const dims = Object.entries(f.dims).flatMap(([dim, value]) => {
    const v = lex.catalog.dimensions[dim]?.find((d) => d.key === value);
    return v ? [v.label, ...v.synonyms] : [];
  });
  return [...(metric ? [metric.label, ...metric.synonyms] : []), ...dims, ...familyHeads(lex, f.metric)];
}

const familyOf = (metric: string) => metric.split('.')[0] ?? metric;

/**
 * The generic words of the fact's table (question-words headTerms: 申请, 申请数) that its family's
 * metrics are named with: 无法提供的申请 is a row of the applications table, which says 申请 in its title.
 */
function familyHeads(lex: Lexicon, metric: string): string[] {
  const names = lex.catalog.metrics.filter((m) => familyOf(m.key) === familyOf(metric)).flatMap((m) => [m.label, ...m.synonyms]);
  return lex.words.headTerms.filter((h) => names.some((n) => n.includes(h)));
}

/**
 * Whether a label says the question's words and nothing else (自然人申请 for 自然人申请是多少): each is
 * said by the other, the label read as a question is read: its numbering, punctuation, figures and
 * stop words aside (2023年共开展 says 开展, as the question 2023年共开展多少期 does).
 */
export function labelIsQuestion(lex: Lexicon, questionWords: string[], f: StoredFact): boolean {
  // Word for word: a neutral word (提交 of 自然人提交了多少申请) is one the label does not have.
  const words = questionWords.map(toSimplified).filter((w) => [...w].length > 1);
  if (words.length === 0 || !words.every((w) => saidBy(w, [toSimplified(f.label)]))) return false;
  const label = wordsOfText(lex, toSimplified(f.label)).flatMap((w) => w.split('年')).filter((p) => [...p].length > 1);
  return label.length > 0 && label.every((p) => saidBy(p, words));
}
