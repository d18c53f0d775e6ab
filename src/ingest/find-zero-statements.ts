import type { Fact } from '../model/fact.ts';
import { placeSpan, type FactContext } from './fact-context.ts';
import { ZERO_RULES, type ZeroRule } from './narrative-rules.ts';

const SENTENCE = /[^。！？；;!?]+[。！？；;!?]?/g;
const CLAUSE = /[^，,：:]+[，,：:]?/g;
// Most sentences hold no negation at all: they are passed over without running the rules.
const MAY_NEGATE = /[未没无不零]/;
// Years, dates and list numbers ("2.", "（3）") say when or where, not how many.
const NOT_A_COUNT = /\d{4}年度?(\d{1,2}月(\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|^\s*[(（]?\d{1,2}[)）.、．]/g;

/** A statement of "none" found in one clause, with its words up to the clause end as its label. */
interface ZeroHit {
  rule: ZeroRule;
  label: string;
  tail: string;
}

function hitsIn(clause: string): ZeroHit[] {
  const hits: ZeroHit[] = [];
  for (const rule of ZERO_RULES) {
    for (const m of clause.matchAll(rule.test)) {
      const tail = clause.slice(m.index ?? 0).replace(/[，,：:。！？；;!?\s]+$/, '');
      if (!rule.unless?.test(tail)) hits.push({ rule, label: tail, tail });
    }
  }
  return hits;
}

/**
 * Zero facts of one prose line. A clause holding a number (other than a year or date) states a
 * figure, not "none"; a sentence that states a figure for the same metric (any dims) keeps that figure only.
 */
export function findZeroStatements(ctx: FactContext, lineStart: number, lineEnd: number, stated: Map<number, Set<string>>): Fact[] {
  const facts: Fact[] = [];
  const line = ctx.text.slice(lineStart, lineEnd);
  for (const sentence of line.matchAll(SENTENCE)) {
    const s = sentence[0];
    if (!MAY_NEGATE.test(s)) continue;
    const sStart = lineStart + (sentence.index ?? 0);
    const seen = new Set(stated.get(sStart));
    for (const clause of s.matchAll(CLAUSE)) {
      if (/\d/.test(clause[0].replace(NOT_A_COUNT, ''))) continue;
      for (const hit of hitsIn(clause[0])) {
        for (const spec of hit.rule.facts) {
          if (seen.has(spec.metric) || (spec.requires && !spec.requires.test(hit.tail))) continue;
          seen.add(spec.metric);
          facts.push({
            metric: spec.metric, dims: spec.dims ?? {}, label: hit.label, value: 0, unit: spec.unit, qualifier: null, scope: 'year',
            derived: false, ...placeSpan(ctx, sStart, sStart + s.length),
          });
        }
      }
    }
  }
  return facts;
}

/** The metrics each sentence (by its start) states a figure for, from the line's figure facts. */
export function statedMetrics(figures: { sentenceStart: number }[], facts: Pick<Fact, 'metric'>[]): Map<number, Set<string>> {
  const byStart = new Map<number, Set<string>>();
  figures.forEach((f, i) => {
    const fact = facts[i];
    if (!fact || fact.metric === 'figure') return;
    const keys = byStart.get(f.sentenceStart) ?? new Set<string>();
    keys.add(fact.metric);
    byStart.set(f.sentenceStart, keys);
  });
  return byStart;
}
