import { describe, expect, it } from 'vitest';
import { questionLanguage } from '../../src/nlu/question-language.ts';
import { botOver, fact, report } from './fixture-reports.ts';

// Issue 12 step 4: an English question gets an English reply with the report's Chinese words quoted;
// the lines carry their kind, so no interface has to read 来源/Source to style a citation.
const AGENCY = '甲乙县科学技术局';
const { engine } = botOver([
  report(AGENCY, 2021, [
    fact({ metric: 'applications.received', label: '本年新收政府信息公开申请数量', value: 12, quote: '本年新收政府信息公开申请12件。', page: 3 }),
    fact({ metric: 'proactive.total', label: '主动公开政府信息', value: 170, unit: '条', qualifier: '余', quote: '主动公开政府信息170余条。' }),
  ]),
]);

describe('questionLanguage', () => {
  it.each([
    ['How many applications did 科技局 receive in 2021?', 'en'],
    ['by fax?', 'en'],
    ['科技局2021年收到多少申请', 'zh'],
    ['科技局 2021', 'zh'],
    ['2021', 'zh'],
    ['科技局2021年的applications', 'zh'],
    ['How many applications did 张店区人民政府办公室 receive?', 'en'],
    ["哪'; DROP TABLE facts;--个单位2018年收到申请最多", 'zh'],
    ['Compare applications received by 甲乙县科学技术局 and 甲乙县民政局 in 2021', 'en'],
    ['张店区 website 访问量 visits', 'zh'],
  ])('%s → %s', (q, lang) => expect(questionLanguage(q)).toBe(lang));
});

describe('the reply is in the question’s language', () => {
  it('English: the figure, the agency and the Chinese label quoted, the metric named in English, the source', () => {
    const r = engine.ask(`How many applications did ${AGENCY} receive in 2021?`);
    expect(r.status).toBe('answered');
    expect(r.lang).toBe('en');
    expect(r.lines?.[0]?.text).toBe(`12 — ${AGENCY}, 2021: “本年新收政府信息公开申请数量” (applications received)`);
    expect(r.lines?.map((l) => l.kind)).toEqual(['figure', 'source', 'quote']);
    expect(r.lines?.[1]?.text).toMatch(/^Source: 《甲乙县科学技术局2021年政府信息公开工作年度报告》 \(page 3\) /);
    expect(r.lines?.[2]?.text).toBe('Quote: “本年新收政府信息公开申请12件。”');
    expect(r.text).not.toMatch(/来源|原文|说明/);
  });

  it('English units and qualifiers: 170余条 is "over 170 items"', () => {
    const r = engine.ask(`How many items did ${AGENCY} publish proactively in 2021?`);
    expect(r.facts.map((f) => f.value)).toEqual([170]);
    expect(r.text).toContain('over 170 items — ');
  });

  it('English not found says what the report does state, in English', () => {
    const r = engine.ask(`How many administrative reconsideration cases did ${AGENCY} have in 2021?`);
    expect(r.status).toBe('not_found');
    expect(r.text).toContain(`The 2021 report of ${AGENCY} gives no figure for`);
    expect(r.text).toContain('This report states: applications received, ');
  });

  it('Chinese stays Chinese, with the same kinds of lines', () => {
    const r = engine.ask(`${AGENCY}2021年收到多少申请`);
    expect(r.lang).toBe('zh');
    expect(r.lines?.map((l) => `${l.kind}:${l.text.slice(0, 3)}`)).toEqual(['figure:12件', 'source:来源：', 'quote:原文：']);
  });

  it('an English message the bot cannot place is answered in English', () => {
    const r = engine.ask('What is the weather like tomorrow?');
    expect(r.status).toBe('not_understood');
    expect(r.text).toMatch(/^Sorry, I can't answer that\./);
  });
});
