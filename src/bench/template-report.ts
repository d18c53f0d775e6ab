import { applicationValues, carriedOverSix, LEAVES_2019, LEAVES_2021, reviewValues, type Activity, type ApplicationValues } from './application-values.ts';
import { art20Table2019, art20Table2021 } from './art20-table.ts';
import { interpretationSentences, proactiveSentences, visitSentence } from './disclosure-phrasings.ts';
import { createFiller } from './filler-prose.ts';
import type { BuiltReport } from './narrative-report.ts';
import { narrativeValues } from './narrative-values.ts';
import type { Voice } from './narrative-voice.ts';
import { noiseSentence, suggestionSentence } from './other-phrasings.ts';
import { DocumentBuilder, phrased, type Phrased } from './report-document.ts';
import { preamble, signature, titleLines } from './report-frame.ts';
import { createRandom, type Random } from './seeded-random.ts';
import { applicationTable, labelStyle, reviewTable } from './template-tables.ts';

/** The narrative of （二）依申请公开, consistent with the table (one phrasing the extractor may not know). */
function applicationsProse(r: Random, v: ApplicationValues, c: Voice): Phrased | string {
  const [R = 0, CI = 0, P = 0, CO = 0] = [v.received[6], v.carriedIn[6], v.processed[6], v.carriedOver[6]];
  if (R === 0 && CI === 0) return phrased('tpl.apps.none', `${c.year}年，${c.self}未收到政府信息公开申请。`, [{ metric: 'applications.received', value: 0 }]);
  const style = r.int(0, 3);
  if (style === 0) {
    return phrased('tpl.apps.incl', `${c.year}年，共收到政府信息公开申请${R + CI}件（其中上年结转${CI}件），${P}件已在规定期限内办理完毕，${CO}件结转下年度继续办理。`, [
      { metric: 'applications.total_incl_carried_in', value: R + CI }, { metric: 'applications.carried_in', value: CI },
      { metric: 'applications.processed', value: P }, { metric: 'applications.carried_over', value: CO },
    ]);
  }
  if (style === 1) {
    return phrased('tpl.apps.xinshou', `全年新收政府信息公开申请${R}件，上年结转${CI}件，办结${P}件，结转下年度继续办理${CO}件。`, [
      { metric: 'applications.received', value: R }, { metric: 'applications.carried_in', value: CI },
      { metric: 'applications.processed', value: P }, { metric: 'applications.carried_over', value: CO },
    ]);
  }
  if (style === 2) return phrased('tpl.apps.shouli', `本年度共受理政府信息公开申请${R}件，均按时答复。`, [{ metric: 'applications.received', value: R }]);
  return '严格按照《条例》规定的程序和时限办理依申请公开事项，答复内容规范、依据充分。';
}

function feesProse(r: Random, c: Voice, template: '2019' | '2021'): Phrased {
  const fee = r.chance(0.05) ? r.int(10, 600) : 0;
  if (fee > 0) {
    const text = template === '2021' ? `本年度收取信息处理费共计${fee}元。` : `本年度收取政府信息公开相关费用${fee}元。`;
    return phrased(template === '2021' ? 'tpl.fees.chulifei' : 'tpl.fees.xiangguan', text, [{ metric: 'fees.total', value: fee, unit: '元' }]);
  }
  const [id, text] = r.pick([['tpl.fees0.chulifei', `${c.year}年度，${c.self}未收取信息处理费。`], ['tpl.fees0.renhe', '本年度未收取任何信息处理费。']] as const);
  return phrased(id, text, [{ metric: 'fees.total', value: 0, unit: '元' }]);
}

/** Break one sum on purpose: a natural-person cell (row and column sums), or the 复议 total. */
function breakSum(r: Random, apps: ApplicationValues, review: number[]): BuiltReport['inconsistency'] {
  if (r.chance(0.5)) {
    const row = apps.leaves.disclosed ?? [];
    row[0] = (row[0] ?? 0) + 1;
    return { code: 'table_sum', detail: '（一）予以公开, 自然人 is one more than the row total and the column sums allow' };
  }
  review[4] = (review[4] ?? 0) + 1;
  return { code: 'outcome_sum', detail: `行政复议 总计 ${review[4]} is one more than its outcomes` };
}

export interface TemplateInput {
  seed: number;
  agencyIndex: number;
  agency: string;
  year: number;
  template: '2019' | '2021';
  voice: Voice;
  inconsistent: boolean;
  activity: Activity;
}

/** A 2019- or 2021-template report: section 一 in prose, the three standard tables, fees and suggestions in 六. */
export function templateReport(r: Random, t: TemplateInput): BuiltReport {
  const activity = t.activity;
  // Last year's 结转下年度 comes back as this year's 上年结转 (reference §6c.9).
  const carriedIn = carriedOverSix(t.seed, t.agencyIndex, t.year - 1, activity);
  const apps = applicationValues(r, t.template === '2019' ? LEAVES_2019 : LEAVES_2021, carriedIn, carriedOverSix(t.seed, t.agencyIndex, t.year, activity), activity);
  const review = reviewValues(r, activity);
  const inconsistency = t.inconsistent ? breakSum(r, apps, review) : null;
  const nv = narrativeValues(createRandom(t.seed, 'prose', t.agencyIndex, t.year), activity, t.year);
  const c = t.voice;
  const b = new DocumentBuilder();
  const filler = createFiller(r, c);
  for (const line of preamble(r, t.agency, t.year)) b.para(line);
  b.heading(`一、${r.pick(['总体情况', '工作基本情况', '整体情况'])}`).para(filler(2));
  b.subheading('（一）主动公开').para(filler(1), ...proactiveSentences(r, nv, c));
  if (nv.interpretation !== null) b.para(...interpretationSentences(r, nv.interpretation));
  b.subheading('（二）依申请公开').para(filler(1), applicationsProse(r, apps, c));
  b.subheading('（三）政府信息管理').para(filler(2), noiseSentence(r, c));
  b.subheading('（四）政府信息公开平台建设').para(filler(1), ...(nv.visits !== null ? [visitSentence(r, nv.visits, c)] : []));
  b.subheading('（五）监督保障').para(filler(2));
  const art20 = t.template === '2019' ? art20Table2019(r) : art20Table2021(r);
  b.heading(`二、${r.pick(['主动公开政府信息情况', '行政机关主动公开政府信息情况'])}`).table(art20.rows, art20.facts);
  const appTable = applicationTable(apps, t.template, labelStyle(r));
  b.heading(`三、${r.pick(['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请的情况'])}`).table(appTable.rows, appTable.facts);
  const reviewHeading = r.pick(['政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议和提起行政诉讼情况', '政府信息公开行政复议行政诉讼情况']);
  const rt = reviewTable(review);
  b.heading(`四、${reviewHeading}`).table(rt.rows, rt.facts);
  b.heading(`五、${r.pick(['存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况'])}`).para(filler(3));
  b.heading(`六、${r.pick(['其他需要报告的事项', '其他事项'])}`).para(feesProse(r, c, t.template));
  if (nv.npc !== null || nv.cppcc !== null) b.para(suggestionSentence(r, nv.npc ?? 0, nv.cppcc ?? 0, c));
  return { doc: b.build(titleLines(r, t.agency, t.year), signature(r, t.agency, t.year)), inconsistency };
}
