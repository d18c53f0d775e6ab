import { describe, expect, it } from 'vitest';
import type { ReplyOption } from '../../src/answer/reply.ts';
import { botOver, fact, report } from './fixture-reports.ts';

// Issue 12 step 4: a button carries slot values, not a question to re-parse. Pressing one (choose)
// must answer as asking its question would, even when its text says something else entirely.
const received = (value: number) => fact({ metric: 'applications.received', label: '本年新收政府信息公开申请数量', value });
const { engine } = botOver([
  report('甲乙县科学技术局', 2020, [received(3)]),
  report('甲乙县科学技术局', 2021, [received(12)]),
  report('甲乙县民政局', 2021, [received(7)]),
]);

// The option's text replaced by words that name nothing: only its slots can answer it.
const withoutText = (o: ReplyOption): ReplyOption => ({ ...o, question: '这句话什么也没说' });
const values = (r: { facts: { value: number }[] }) => r.facts.map((f) => f.value);

describe('options carry slot values', () => {
  it('which agency: each option answers for its agency from its slots', () => {
    const r = engine.ask('2021年收到多少申请', 'a');
    expect(r.status).toBe('clarify');
    const option = r.options.find((o) => o.label === '甲乙县民政局') as ReplyOption;
    expect(option.intent).toBe('figure');
    expect(option.slots?.agencies).toEqual(['甲乙县民政局']);
    const chosen = engine.choose(withoutText(option), 'a');
    expect([chosen.status, values(chosen)]).toEqual(['answered', [7]]);
    expect(values(engine.ask(option.question, 'b'))).toEqual([7]);
  });

  it('which year: the other year offered answers for that year', () => {
    const r = engine.ask('甲乙县科学技术局收到多少申请', 'c');
    expect(values(r)).toEqual([12]);
    const option = r.options.find((o) => o.label === '2020年') as ReplyOption;
    expect(values(engine.choose(withoutText(option), 'c'))).toEqual([3]);
  });

  it('a bare report: the metric options are slots built from the store', () => {
    const r = engine.ask('甲乙县民政局2021年', 'd');
    expect(r.status).toBe('clarify');
    const option = r.options[0] as ReplyOption;
    expect(option.slots?.metrics).toEqual(['applications.received']);
    expect(values(engine.choose(withoutText(option), 'd'))).toEqual([7]);
  });

  it('an option without slots is asked as its question', () => {
    const chosen = engine.choose({ label: 'x', question: '甲乙县民政局2021年收到多少申请' }, 'e');
    expect(values(chosen)).toEqual([7]);
  });
});
