import type { Fact, ParsedReport, Problem } from '../../src/model/fact.ts';
import { createEngine, type Engine } from '../../src/answer/create-engine.ts';
import { MemoryContextStore, MemoryFactSource } from '../../src/store/memory-fact-source.ts';

/** A fact with defaults: tests state only what the rule under test looks at. */
export function fact(p: Partial<Fact> & Pick<Fact, 'metric' | 'value'>): Fact {
  return {
    dims: {},
    label: p.metric,
    unit: '件',
    qualifier: null,
    scope: 'year',
    derived: false,
    sectionNo: 1,
    section: '一、总体情况',
    subPath: [],
    quote: `${p.label ?? p.metric}${p.value}${p.unit ?? '件'}。`,
    start: 0,
    end: 0,
    ...p,
  };
}

/** A small hand-made parsed report (no file behind it). */
export function report(agency: string, year: number, facts: Fact[], problems: Problem[] = []): ParsedReport {
  const sections = [...new Set(facts.map((f) => f.section))].map((heading, i) => ({ no: i + 1, heading, start: 0, end: 0, text: '' }));
  return {
    file: `${year}-${agency}.txt`,
    meta: { title: `${agency}${year}年政府信息公开工作年度报告`, agency, agencyAliases: [], year, publishedOn: null, template: 'narrative' },
    sections,
    facts,
    problems,
    text: '',
    original: '',
  };
}

export interface TestBot {
  engine: Engine;
  clock: { t: number };
}

/** An engine over the given reports with a clock the test can move. */
export function botOver(reports: ParsedReport[]): TestBot {
  const clock = { t: 1_000_000 };
  const engine = createEngine({ source: new MemoryFactSource(reports), contexts: new MemoryContextStore(), now: () => clock.t });
  return { engine, clock };
}
