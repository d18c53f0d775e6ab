import { describe, expect, it } from 'vitest';
import { botOver, fact, report } from './fixture-reports.ts';

// Rankings, totals and comparisons answer an English question in English, like a single figure
// (reply-language.test.ts): the agency names, the report's labels and quotes stay Chinese.
const SCI = '甲乙县科学技术局';
const CIVIL = '甲乙县民政局';
const EDU = '甲乙县教育局';
const received = (value: number, label: string, more: Partial<Parameters<typeof fact>[0]> = {}) =>
  fact({ metric: 'applications.received', label, value, ...more });
const { engine } = botOver([
  report(SCI, 2020, [received(8, '本年新收政府信息公开申请数量')]),
  report(SCI, 2021, [received(12, '本年新收政府信息公开申请数量')]),
  report(CIVIL, 2021, [received(20, '收到申请', { qualifier: '余' })]),
  report(EDU, 2021, [fact({ metric: 'proactive.total', label: '主动公开', value: 5, unit: '条' })]),
]);

/** The reply's lines as "kind: text", after checking the question is read with the intent expected. */
function linesOf(q: string, intent: string): string[] {
  const e = engine.explain(q);
  expect(e.intent.intent).toBe(intent);
  expect(e.reply.lang).toBe('en');
  return e.reply.lines?.map((l) => `${l.kind}: ${l.text}`) ?? [];
}

describe('English rankings, totals and comparisons', () => {
  it('rank: the winner, the ranking and the unranked agency in English', () => {
    expect(linesOf('Which agency received the most applications in 2021?', 'rank')).toEqual([
      `text: Most applications received in 2021: ${CIVIL} (over 20)`,
      'text: Ranking (2 ranked, highest first):',
      `item: 1. ${CIVIL}: over 20 — “收到申请” (applications received)`,
      `item: 2. ${SCI}: 12 — “本年新收政府信息公开申请数量” (applications received)`,
      `item: · ${EDU}: the report gives no such figure, not ranked`,
      `source: Source: 《${CIVIL}2021年政府信息公开工作年度报告》一、总体情况`,
      'quote: Quote: “收到申请20件。”',
      `source: Source: 《${SCI}2021年政府信息公开工作年度报告》一、总体情况`,
      'quote: Quote: “本年新收政府信息公开申请数量12件。”',
    ]);
  });

  it('rank without a year: the year note is in English too', () => {
    const lines = linesOf('Which agency received the fewest applications?', 'rank');
    expect(lines.slice(0, 2)).toEqual([`text: Fewest applications received in 2021: ${SCI} (12)`, 'text: Ranking (2 ranked, lowest first):']);
    expect(lines).toContain('note: Note: the question names no year; answered for the latest year, 2021.');
  });

  it('total: the sum, its parts, the agency left out and the notes in English', () => {
    const q = 'How many applications did all agencies receive in 2021 in total?';
    expect(linesOf(q, 'total_across').slice(0, 6)).toEqual([
      'text: Total of applications received over all agencies in 2021: about 32 (2 added up)',
      `item: · ${SCI}: 12 — “本年新收政府信息公开申请数量” (applications received)`,
      `item: · ${CIVIL}: over 20 — “收到申请” (applications received)`,
      `item: · ${EDU}: the report gives no such figure, not counted`,
      'note: Note: some figures are approximate (余/多/近), so the total is approximate.',
      "note: Note: the agencies' figures are simply added up; a district-wide figure may already include its departments', so the total is only indicative.",
    ]);
    // The computed sum is data: its label and quote stay as the reports word them.
    const r = engine.ask(q);
    expect(r.facts[0]).toMatchObject({ value: 32, qualifier: '约', label: '本年新收政府信息公开申请数量（各单位相加）' });
    expect(r.text).not.toMatch(/合计|未计入|说明/);
  });

  it('compare two years: the sides, the change and the relative change in English', () => {
    const lines = linesOf(`Compare the applications ${SCI} received in 2020 and 2021`, 'compare');
    expect(lines.slice(0, 4)).toEqual([
      `text: Comparison of applications received for ${SCI}:`,
      'item: · 2020: 8 — “本年新收政府信息公开申请数量” (applications received)',
      'item: · 2021: 12 — “本年新收政府信息公开申请数量” (applications received)',
      'text: 2020: 8 → 2021: 12, up 4, a change of +50.0%',
    ]);
    expect(lines.join('\n')).not.toMatch(/对比|增加|变化/);
  });

  it('compare two agencies: the difference and the approximation warning in English', () => {
    const lines = linesOf(`Compare the number of applications received by ${SCI} and ${CIVIL} in 2021`, 'compare');
    expect(lines.slice(0, 5)).toEqual([
      'text: Comparison of applications received in 2021:',
      `item: · ${SCI}, 2021: 12 — “本年新收政府信息公开申请数量” (applications received)`,
      `item: · ${CIVIL}, 2021: over 20 — “收到申请” (applications received)`,
      `text: ${SCI}, 2021: 12 → ${CIVIL}, 2021: over 20, ${CIVIL} is 8 higher than ${SCI}`,
      "text: Caution: the reports' figures are approximate (“余/约/近”), so the difference is approximate too.",
    ]);
  });

  it('compare with a year that has no report says so in English', () => {
    const lines = linesOf(`Compare the applications ${SCI} received in 2019 and 2021`, 'compare');
    expect(lines[1]).toBe(`item: · 2019: no 2019 report of ${SCI} (reports for: 2020, 2021)`);
  });

  it('“the total … by all agencies” is a total over every agency, in English', () => {
    expect(linesOf('What is the total number of applications received by all agencies in 2021?', 'total_across')[0]).toBe(
      'text: Total of applications received over all agencies in 2021: about 32 (2 added up)',
    );
  });

  // A guard, not new behaviour: the Chinese replies read exactly as they did before the messages.
  it('the same questions in Chinese are answered in Chinese, as before', () => {
    expect(engine.ask('2021年哪个单位收到申请最多').lines?.[0]?.text).toBe(`2021年本年新收政府信息公开申请数量最多的是：${CIVIL}（20余件）`);
    expect(engine.ask('2021年各单位收到申请合计多少').lines?.[0]?.text).toBe('2021年各单位本年新收政府信息公开申请数量合计：约32件（2个单位相加）');
    expect(engine.ask(`${SCI}2020年和2021年收到申请对比`).lines?.[3]?.text).toBe('2020年8件 → 2021年12件，增加4件，变化+50.0%');
  });
});
