import { describe, expect, it } from 'vitest';
import { botOver, fact, report } from './fixture-reports.ts';

const GOV = '张店区人民政府';
const OFFICE = '张店区人民政府办公室';

const byApplicant = (metric: string, row: string, values: Record<string, number>) =>
  Object.entries(values).map(([applicant, value]) => fact({ metric, dims: { applicant }, value, label: `${row}（${applicant}）`, section: '三、收到和处理政府信息公开申请情况' }));

const reports = [
  report(OFFICE, 2023, [
    ...byApplicant('applications.received', '一、本年新收政府信息公开申请数量', { natural_person: 7, commercial: 3, total: 10 }),
    ...byApplicant('applications.carried_in', '二、上年结转政府信息公开申请数量', { natural_person: 2, commercial: 1, total: 3 }),
    fact({ metric: 'review.total', value: 4, unit: '起', label: '行政复议 总计' }),
  ]),
  report(GOV, 2017, [
    ...byApplicant('applications.received', '收到申请', { natural_person: 8, total: 12 }),
    fact({ metric: 'applications.received', dims: { channel: 'letter' }, value: 6, label: '以信函形式申请' }),
    // Stated in prose, with no split by applicant.
    fact({ metric: 'applications.carried_in', value: 5, label: '上年结转申请' }),
  ]),
];

const values = (r: { facts: { value: number | string }[] }) => r.facts.map((f) => Number(f.value));

describe('a follow-up naming a new metric keeps the chat’s split', () => {
  it('keeps a split the new metric is broken down by', () => {
    const { engine } = botOver(reports);
    expect(values(engine.ask('区政府办公室2023年商业企业申请多少', 'c'))).toEqual([3]);
    const r = engine.ask('那上年结转呢', 'c');
    expect(r.status).toBe('answered');
    expect(values(r)).toEqual([1]);
  });

  it('lets the follow-up’s own value win', () => {
    const { engine } = botOver(reports);
    engine.ask('区政府办公室2023年商业企业申请多少', 'c');
    expect(values(engine.ask('自然人的上年结转呢', 'c'))).toEqual([2]);
  });

  it('drops a split the new metric is never broken down by, and says so', () => {
    const { engine } = botOver(reports);
    engine.ask('区政府办公室2023年商业企业申请多少', 'c');
    const r = engine.ask('行政复议呢', 'c');
    expect(values(r)).toEqual([4]);
    expect(r.text).toContain('不按上一问的“商业企业”细分');
  });

  it('answers not found when the report does not split the new metric so (never its total)', () => {
    const { engine } = botOver(reports);
    expect(values(engine.ask('区政府2017年自然人申请多少', 'c'))).toEqual([8]);
    const r = engine.ask('那上年结转呢', 'c');
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('没有按“自然人”细分');
  });

  it('asks for the whole when the chat’s own metric is named again without its split', () => {
    const { engine } = botOver(reports);
    engine.ask('区政府办公室2023年商业企业申请多少', 'c');
    expect(values(engine.ask('收到多少申请呢', 'c'))).toEqual([10]);
  });

  it('keeps nothing for a question across agencies (the chat’s agency is not asked)', () => {
    const { engine } = botOver(reports);
    engine.ask('区政府办公室2023年商业企业申请多少', 'c');
    expect(values(engine.ask('2023年哪个单位上年结转最多', 'c'))).toContain(3);
  });

  it('keeps nothing for a question naming its own agency and year', () => {
    const { engine } = botOver(reports);
    engine.ask('区政府办公室2023年商业企业申请多少', 'c');
    expect(values(engine.ask('区政府办公室2023年上年结转多少', 'c'))).toEqual([3]);
  });
});

describe('English questions carry the dimensions they name', () => {
  it('reads the applicant kind and keeps it for a follow-up', () => {
    const { engine } = botOver(reports);
    expect(values(engine.ask('How many applications did the 区政府办公室 receive from companies in 2023?', 'e'))).toEqual([3]);
    expect(values(engine.ask('and from natural persons?', 'e'))).toEqual([7]);
    expect(values(engine.ask('carried over from last year?', 'e'))).toEqual([2]);
  });

  it('reads the channel, and a channel the report does not split out is not found, never the total', () => {
    const { engine } = botOver(reports);
    expect(values(engine.ask('How many applications did the 区政府 receive by letter in 2017?'))).toEqual([6]);
    const r = engine.ask('How many applications did the 区政府 receive by email in 2017?');
    expect(r.status).toBe('not_found');
    expect(values(r)).not.toContain(12);
  });
});
