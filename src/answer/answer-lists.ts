import { makeOutcome, type Outcome } from './make-reply.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { understandingOf } from '../nlu/slot-understanding.ts';
import { agenciesIn, allYears, yearsOf } from '../nlu/report-index.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';

/** list_agencies: every agency with its report years (only those reporting in the asked years). */
export function answerAgencies(lex: Lexicon, u: Understanding): Outcome {
  const years = u.years.map((y) => y.year);
  const asked = new Set(years.flatMap((y) => agenciesIn(lex, y)));
  const agencies = years.length > 0 ? lex.agencies.filter((a) => asked.has(a)) : lex.agencies;
  if (agencies.length === 0) return makeOutcome('not_found', [`没有${years.join('、')}年的年度报告。`, `已收录的年份：${allYears(lex).join('、')}。`]);
  const head = years.length > 0 ? `${years.join('、')}年有年度报告的单位（${agencies.length}个）：` : `已收录${agencies.length}个单位的政府信息公开工作年度报告：`;
  return makeOutcome('answered', [head, ...agencies.map((a) => `· ${a}：${yearsOf(lex, a).join('、')}年`)], {
    options: agencies.slice(0, loadAnswerConfig().maxOptions).map((a) => ({ label: a, question: `/years ${a}` })),
  });
}

/** list_years: all years with the agencies reporting, or the years of one agency. */
export function answerYears(lex: Lexicon, u: Understanding): Outcome {
  const agency = u.agencies[0];
  if (agency) {
    const years = yearsOf(lex, agency);
    return makeOutcome('answered', [`${agency}已收录的年度报告：${years.map((y) => `${y}年`).join('、')}。`], {
      options: [...years].reverse().map((y) => {
        const question = `${agency}${y}年报告有哪些内容`;
        return { label: `${y}年报告内容`, question, slots: understandingOf({ agency, year: y, lang: u.lang }, question), intent: 'report_contents' };
      }),
      patch: { agency },
    });
  }
  if (u.agency.kind === 'unknown') {
    return makeOutcome('not_found', [`没有找到“${u.agency.mention}”的年度报告。`, u.agency.closest.length ? `名称最接近的单位：${u.agency.closest.join('、')}。` : '', `已收录的年份：${allYears(lex).join('、')}。`]);
  }
  const lines = allYears(lex).map((y) => `· ${y}年：${agenciesIn(lex, y).join('、')}`);
  return makeOutcome('answered', [`已收录的年份：${allYears(lex).join('、')}。`, ...lines]);
}
