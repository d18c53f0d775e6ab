import { applicationSentences } from './application-phrasings.ts';
import type { Activity } from './application-values.ts';
import type { Inconsistency } from './corpus-types.ts';
import { interpretationSentences, proactiveSentences, visitSentence } from './disclosure-phrasings.ts';
import { createFiller } from './filler-prose.ts';
import { narrativeValues, type NarrativeValues } from './narrative-values.ts';
import type { Voice } from './narrative-voice.ts';
import { feeSentence, noiseSentence, suggestionSentence } from './other-phrasings.ts';
import { DocumentBuilder, type ReportDocument } from './report-document.ts';
import { preamble, sectionNumber, signature, titleLines } from './report-frame.ts';
import { reviewSentences } from './review-phrasings.ts';
import type { Random } from './seeded-random.ts';

export interface BuiltReport {
  doc: ReportDocument;
  inconsistency: Pick<Inconsistency, 'code' | 'detail'> | null;
}

/** Break one sum on purpose: a channel count, or a 复议 outcome, off by one. */
function breakSum(r: Random, v: NarrativeValues): BuiltReport['inconsistency'] {
  if (v.review.total > 0 && r.chance(0.5)) {
    v.review.maintained += 1;
    return { code: 'outcome_sum', detail: `行政复议 outcomes add up to ${v.review.total + 1}, the total says ${v.review.total}` };
  }
  if (v.received === 0) v.received = 7;
  v.channels = { in_person: 2, internet: v.received - 2, letter: 1, fax: 0 };
  return { code: 'breakdown_sum', detail: `application channels add up to ${v.received + 1}, the total says ${v.received}` };
}

const HEADINGS = {
  overview: ['概述', '基本情况', '政府信息公开工作基本情况'],
  organisation: ['政府信息公开的组织领导和制度建设情况'],
  proactive: ['主动公开政府信息情况', '主动公开政府信息的情况', '行政机关主动公开政府信息的情况'],
  applications: ['依申请公开政府信息情况', '依申请公开政府信息和不予公开政府信息的情况', '政府信息依申请公开情况'],
  fees: ['政府信息公开的收费及减免情况', '政府信息公开收费及减免情况'],
  review: ['因政府信息公开申请行政复议、提起行政诉讼的情况', '行政复议、行政诉讼情况', '因政府信息公开申请行政复议、提起行政诉讼情况'],
  suggestions: ['人大代表建议和政协提案办理情况', '办理人大代表建议和政协委员提案情况'],
  problems: ['存在的主要问题及改进措施', '政府信息公开工作存在的主要问题及改进情况'],
  other: ['其他需要报告的事项'],
};

/** A pre-2019 report: the statutory items in prose, each figure in one of several phrasings. */
export function narrativeReport(r: Random, agency: string, year: number, activity: Activity, voice: Voice, inconsistent: boolean): BuiltReport {
  const v = narrativeValues(r, activity, year);
  const inconsistency = inconsistent ? breakSum(r, v) : null;
  const b = new DocumentBuilder();
  const filler = createFiller(r, voice);
  for (const line of preamble(r, agency, year)) b.para(line);
  let n = 0;
  const heading = (key: keyof typeof HEADINGS): DocumentBuilder => b.heading(`${sectionNumber(++n)}、${r.pick(HEADINGS[key])}`);
  heading('overview').para(filler(r.int(2, 4)), noiseSentence(r, voice));
  if (r.chance(0.4)) heading('organisation').para(filler(r.int(3, 5)));
  heading('proactive').para(filler(1), ...proactiveSentences(r, v, voice));
  if (v.interpretation !== null) b.subheading('（一）政策解读情况').para(...interpretationSentences(r, v.interpretation));
  if (v.visits !== null) b.para(filler(1), visitSentence(r, v.visits, voice));
  heading('applications').para(...applicationSentences(r, v, voice));
  heading('fees').para(feeSentence(r, v.fees, voice));
  heading('review').para(...reviewSentences(r, v, voice));
  const suggestions = v.npc !== null || v.cppcc !== null ? suggestionSentence(r, v.npc ?? 0, v.cppcc ?? 0, voice) : null;
  const ownSection = suggestions !== null && r.chance(0.6);
  if (suggestions && ownSection) heading('suggestions').para(suggestions);
  heading('problems').para(filler(r.int(2, 3))).para(filler(r.int(2, 3)));
  heading('other').para(suggestions && !ownSection ? suggestions : '无。');
  return { doc: b.build(titleLines(r, agency, year), signature(r, agency, year)), inconsistency };
}
