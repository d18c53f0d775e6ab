import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/create-engine.ts';
import { loadAnswerConfig } from '../../src/answer/answer-config.ts';
import type { FactQuery, FactSource } from '../../src/model/fact-source.ts';
import { MemoryContextStore, MemoryFactSource } from '../../src/store/memory-fact-source.ts';
import { fact, report } from './fixture-reports.ts';

// More agencies than a reply lists: the ranking and the total must still use every one of them.
const N = 60;
const WORDS = [...'东西南北山水林田湖草海河泉石金木火土风云雷电春夏秋冬江淮青黄红白'];
const agencyName = (i: number) => `张店区${WORDS[i % WORDS.length]}${WORDS[Math.floor(i / WORDS.length)]}管理局`;
const value = (i: number) => (i * 37) % 101;
const reports = Array.from({ length: N }, (_, i) =>
  report(agencyName(i), 2018, i % 10 === 9 ? [fact({ metric: 'proactive.total', value: 5, unit: '条' })] : [fact({ metric: 'applications.received', value: value(i), label: '收到政府信息公开申请' })]),
);
const stating = Array.from({ length: N }, (_, i) => i).filter((i) => i % 10 !== 9);

/** The memory source, counting what the answer layer asks of it. */
function counted(): { source: FactSource; queries: FactQuery[] } {
  const inner = new MemoryFactSource(reports);
  const queries: FactQuery[] = [];
  const source: FactSource = {
    reports: () => inner.reports(),
    facts: (q) => (queries.push(q), inner.facts(q)),
    factCores: (q) => (queries.push(q), inner.factCores(q)),
    problems: (id) => inner.problems(id),
    quotesOf: (id) => inner.quotesOf(id),
    metricsOf: (id) => inner.metricsOf(id),
    metricDims: () => inner.metricDims(),
    searchSections: (t, id) => inner.searchSections(t, id),
    sectionsNaming: (t) => inner.sectionsNaming(t),
  };
  return { source, queries };
}

const max = loadAnswerConfig().maxListLines;

describe('answers across every agency', () => {
  it('ranks every agency stating the figure, lists the top ones, and cites only what it shows', () => {
    const engine = createEngine({ source: counted().source, contexts: new MemoryContextStore() });
    const reply = engine.ask('2018年哪个部门收到申请最多？', 'c');
    const best = Math.max(...stating.map(value));
    expect(reply.status).toBe('answered');
    expect(reply.text).toContain(`排名（${stating.length}个单位`);
    expect(reply.text.split('\n')[0]).toContain(`（${best}件）`);
    expect(reply.text).toMatch(new RegExp(`…等${stating.length - max}项`));
    expect(reply.facts.length).toBeLessThanOrEqual(2 * max);
    expect(reply.facts.map((f) => f.value)).toContain(best);
    const source = engine.ask('出处呢？', 'c');
    expect(source.text).toContain('来源：');
    expect(source.facts.length).toBeLessThanOrEqual(max);
  });

  it('totals every agency, and every part of the sum is in the reply facts', () => {
    const engine = createEngine({ source: counted().source, contexts: new MemoryContextStore() });
    const reply = engine.ask('2018年各部门收到的信息公开申请加起来一共多少', 'c');
    const sum = stating.reduce((s, i) => s + value(i), 0);
    expect(reply.text.split('\n')[0]).toContain(`${sum}件（${stating.length}个单位相加）`);
    expect(reply.facts.filter((f) => f.metric === 'applications.received' && f.source.section !== '')).toHaveLength(stating.length);
  });

  it('reads the year in a few queries, not one per agency, and a second ranking of the same figure reads nothing', () => {
    const { source, queries } = counted();
    const engine = createEngine({ source, contexts: new MemoryContextStore() });
    engine.ask('2018年哪个部门收到申请最多？', 'a');
    expect(queries.length).toBeLessThan(N / 4);
    const before = queries.length;
    engine.ask('2018年哪个部门收到申请最少？', 'b');
    engine.ask('2018年各部门收到的信息公开申请加起来一共多少', 'c');
    expect(queries.filter((q, i) => i >= before && q.year === 2018 && q.agency === undefined)).toEqual([]);
  });
});
