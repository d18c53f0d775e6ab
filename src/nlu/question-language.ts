/** The language a question is asked in: what the reply is written in. */
export type QuestionLanguage = 'zh' | 'en';

const CJK = /[\u3400-\u9fff]/gu;
const LATIN_WORD = /[a-z]{2,}/giu;

/**
 * English when the question is written in English words, even if it names an agency in Chinese
 * ("How many applications did 张店区人民政府办公室 receive?"): at least two English words, and no
 * fewer of them than Chinese words (counted as two characters each). Anything else (a bare "2018",
 * 科技局 2018, a Chinese question with a few English words pasted in) is Chinese.
 */
export function questionLanguage(q: string): QuestionLanguage {
  const english = (q.match(LATIN_WORD) ?? []).length;
  const chinese = (q.match(CJK) ?? []).length / 2;
  return english >= 2 && english >= chinese ? 'en' : 'zh';
}
