import type { Span } from './span.ts';
import type { QuestionWords } from './question-words.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
// First of the private-use characters standing in for kept words while stop words are removed.
const KEPT_BASE = 0xe000;

interface Patterns {
  unit: RegExp;
  countedNoun: RegExp;
  stopWords: RegExp[];
  /** A stop word standing right after a row numbering ((七)总计, 3.其他): the label of that row. */
  rowLabel: RegExp;
}

// English stop words only count as whole words ("in" must not cut "information").
function stopWordPattern(word: string): RegExp {
  return /^[a-z ]+$/.test(word) ? new RegExp(`\\b${escape(word)}\\b`, 'g') : new RegExp(escape(word), 'g');
}

// Compiled once per configuration, not per question.
const compiled = new WeakMap<QuestionWords, Patterns>();

function patternsOf(config: QuestionWords): Patterns {
  let p = compiled.get(config);
  if (!p) {
    const units = [...config.unitWords, ...Object.keys(config.unitAliases)].sort(byLength).map(escape).join('|');
    p = {
      unit: new RegExp(`(?:多少|几)(${units})`),
      countedNoun: new RegExp(`(?:多少|几)(?:${units})?([\u3400-\u9fff]{2,})`),
      stopWords: [...config.stopWords].sort(byLength).map(stopWordPattern),
      rowLabel: new RegExp(`(?:${config.rowNumbering})(${[...config.stopWords].sort(byLength).map(escape).join('|')})`, 'gu'),
    };
    compiled.set(config, p);
  }
  return p;
}

/** The unit a question asks in: 多少期 → 期, 几条 → 条, 多少万份 → 万份. */
export function questionUnit(q: string, config: QuestionWords): string | null {
  const unit = patternsOf(config).unit.exec(q)?.[1];
  return unit === undefined ? null : (config.unitAliases[unit] ?? unit);
}

/** Where the question's 多少/几 + unit stands (几个人): words there name the measure, not a dimension. */
export function questionUnitSpan(q: string, config: QuestionWords): { start: number; end: number } | null {
  const m = patternsOf(config).unit.exec(q);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The noun counted after 多少/几 and its unit: 多少家区属医疗卫生单位 → 区属医疗卫生单位. */
export function questionCountedNoun(q: string, config: QuestionWords): string {
  return (patternsOf(config).countedNoun.exec(q)?.[1] ?? '').slice(0, 10);
}


/**
 * The question's own words once agency, year, question words and particles are gone: what a
 * narrative figure's label must share. Returned as pieces, because a removed word splits the text
 * and no character pair may be formed across the gap.
 */
export function remainingWords(q: string, masked: Span[], unit: string | null, config: QuestionWords): string[] {
  let text = q;
  for (const s of masked) text = text.slice(0, s.start) + '|'.repeat(s.end - s.start) + text.slice(s.end);
  // The measure as asked (几件, 几个人, 几名): its words are not the figure's.
  if (unit) text = text.replace(new RegExp(patternsOf(config).unit.source, 'g'), '|');
  // Kept words (涉及) are hidden from the stop words (及) as private-use characters, then put back; so
  // is a stop word written as a numbered row's label ((七)总计): there it names the row, not the question.
  const kept = [...config.keptWords, ...config.stopWords];
  text = text.replace(patternsOf(config).rowLabel, (row: string, word: string) => row.slice(0, row.length - word.length) + String.fromCharCode(KEPT_BASE + kept.indexOf(word)));
  config.keptWords.forEach((w, i) => (text = text.split(w).join(String.fromCharCode(KEPT_BASE + i))));
  for (const pattern of patternsOf(config).stopWords) text = text.replace(pattern, '|');
  kept.forEach((w, i) => (text = text.split(String.fromCharCode(KEPT_BASE + i)).join(w)));
  return text
    .split(/[|\s\p{P}\p{S}\d]+/u)
    .map((p) => p.trim())
    // Labels are Chinese: English leftovers ("and", "the bureau") carry no evidence for the search.
    .filter((p) => /[\u3400-\u9fff]/.test(p));
}
