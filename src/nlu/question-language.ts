/** The language a question is asked in: what the reply is written in. */
export type QuestionLanguage = 'zh' | 'en';

const CJK = /[\u3400-\u9fff]/gu;
const LATIN_WORD = /[a-z]{2,}/giu;

/**
 * English when the question is written in English words, even if it names an agency in Chinese
 * ("How many applications did 科技局 receive in 2018?"): at least two English words, and more
 * letters of them than Chinese characters. Anything else (a bare "2018", 科技局 2018) is Chinese.
 */
export function questionLanguage(q: string): QuestionLanguage {
  const words = q.match(LATIN_WORD) ?? [];
  const latin = words.reduce((n, w) => n + w.length, 0);
  const cjk = (q.match(CJK) ?? []).length;
  return words.length >= 2 && latin > cjk ? 'en' : 'zh';
}
