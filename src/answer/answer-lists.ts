import { makeOutcome, type Outcome } from './make-reply.ts';
import { agenciesIn, allYears, yearsOf, type NluKit } from './nlu-kit.ts';
import type { Understanding } from './understand-question.ts';

/** list_agencies: every agency with its report years (only those reporting in the asked years). */
export function answerAgencies(kit: NluKit, u: Understanding): Outcome {
  const years = u.years.map((y) => y.year);
  const asked = new Set(years.flatMap((y) => agenciesIn(kit, y)));
  const agencies = years.length > 0 ? kit.agencies.filter((a) => asked.has(a)) : kit.agencies;
  if (agencies.length === 0) return makeOutcome('not_found', [`没有${years.join('、')}年的年度报告。`, `已收录的年份：${allYears(kit).join('、')}。`]);
  const head = years.length > 0 ? `${years.join('、')}年有年度报告的单位（${agencies.length}个）：` : `已收录${agencies.length}个单位的政府信息公开工作年度报告：`;
  return makeOutcome('answered', [head, ...agencies.map((a) => `· ${a}：${yearsOf(kit, a).join('、')}年`)], {
    options: agencies.slice(0, kit.config.maxOptions).map((a) => ({ label: a, question: `/years ${a}` })),
  });
}

/** list_years: all years with the agencies reporting, or the years of one agency. */
export function answerYears(kit: NluKit, u: Understanding): Outcome {
  const agency = u.agencies[0];
  if (agency) {
    const years = yearsOf(kit, agency);
    return makeOutcome('answered', [`${agency}已收录的年度报告：${years.map((y) => `${y}年`).join('、')}。`], {
      options: [...years].reverse().map((y) => ({ label: `${y}年报告内容`, question: `${agency}${y}年报告有哪些内容` })),
      patch: { agency },
    });
  }
  if (u.agency.kind === 'unknown') {
    return makeOutcome('not_found', [`没有找到“${u.agency.mention}”的年度报告。`, u.agency.closest.length ? `名称最接近的单位：${u.agency.closest.join('、')}。` : '', `已收录的年份：${allYears(kit).join('、')}。`]);
  }
  const lines = allYears(kit).map((y) => `· ${y}年：${agenciesIn(kit, y).join('、')}`);
  return makeOutcome('answered', [`已收录的年份：${allYears(kit).join('、')}。`, ...lines]);
}
