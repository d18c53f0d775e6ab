import type { Span } from '../nlu/span.ts';
import type { AnswerConfig } from './answer-config.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

/** The unit a question asks in: 多少期 → 期, 几条 → 条, 多少万份 → 万份. */
export function questionUnit(q: string, config: AnswerConfig): string | null {
  const units = [...config.unitWords].sort(byLength).map(escape).join('|');
  const m = new RegExp(`(?:多少|几)(${units})`).exec(q);
  return m?.[1] ?? null;
}

/** The noun counted after 多少/几 and its unit: 多少家区属医疗卫生单位 → 区属医疗卫生单位. */
export function questionCountedNoun(q: string, config: AnswerConfig): string {
  const units = [...config.unitWords].sort(byLength).map(escape).join('|');
  const m = new RegExp(`(?:多少|几)(?:${units})?([\u3400-\u9fff]{2,})`).exec(q);
  return (m?.[1] ?? '').slice(0, 10);
}

// English stop words only count as whole words ("in" must not cut "information").
function stopWordPattern(word: string): RegExp {
  return /^[a-z ]+$/.test(word) ? new RegExp(`\\b${escape(word)}\\b`, 'g') : new RegExp(escape(word), 'g');
}

/**
 * The question's own words once agency, year, question words and particles are gone: what a
 * narrative figure's label must share. Returned as pieces, because a removed word splits the text
 * and no character pair may be formed across the gap.
 */
export function remainingWords(q: string, masked: Span[], unit: string | null, config: AnswerConfig): string[] {
  let text = q;
  for (const s of masked) text = text.slice(0, s.start) + '|'.repeat(s.end - s.start) + text.slice(s.end);
  if (unit) text = text.replace(new RegExp(`(多少|几)${escape(unit)}`, 'g'), '|');
  for (const w of [...config.stopWords].sort(byLength)) text = text.replace(stopWordPattern(w), '|');
  return text
    .split(/[|\s\p{P}\p{S}\d]+/u)
    .map((p) => p.trim())
    // Labels are Chinese: English leftovers ("and", "the bureau") carry no evidence for the search.
    .filter((p) => /[\u3400-\u9fff]/.test(p));
}
