/** The language a question is asked in: what the reply is written in. */
export type QuestionLanguage = 'zh' | 'en';

const CJK_RUN = /[\u3400-\u9fff]+/gu;
const LATIN_WORD = /[a-z]{2,}/giu;

/**
 * English when the question is written in English words, even if it names agencies in Chinese
 * ("Compare applications received by 甲乙县科学技术局 and 甲乙县民政局 in 2021"): at least two English
 * words, and more of them than runs of Chinese characters (a name embedded in English is one run).
 * Anything else (a bare "2018", 科技局 2018, a Chinese question with a few English words pasted in) is
 * Chinese.
 */
export function questionLanguage(q: string): QuestionLanguage {
  const english = (q.match(LATIN_WORD) ?? []).length;
  const chinese = (q.match(CJK_RUN) ?? []).length;
  return english >= 2 && english > chinese ? 'en' : 'zh';
}
