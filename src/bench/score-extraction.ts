import type { GoldFact, Layout } from './corpus-types.ts';

/** A stored or parsed fact with the agency and year its report was read as. */
export interface ScoredFact {
  agency: string;
  year: number;
  metric: string;
  dims: Record<string, string>;
  value: number;
}

export interface PhrasingTally {
  key: string;
  gold: number;
  recalled: number;
  /** A few missed gold facts, to show the phrasing. */
  examples: GoldFact[];
}

export interface WrongFact {
  fact: ScoredFact;
  expected: number[];
}

const dimsKey = (d: Record<string, string>): string => JSON.stringify(Object.entries(d).sort(([a], [b]) => a.localeCompare(b)));
const factKey = (f: { agency: string; year: number; metric: string; dims: Record<string, string> }): string => `${f.agency}|${f.year}|${f.metric}|${dimsKey(f.dims)}`;
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const hasDims = (f: ScoredFact, dims: Record<string, string>): boolean => Object.entries(dims).every(([k, v]) => f.dims[k] === v);

/**
 * Recall and precision of one report's facts against its gold. A gold fact is recalled by a fact of the same
 * agency, year, metric and value whose dims include the gold dims. Precision looks only at catalogue facts
 * whose (agency, year, metric, dims) gold states: a different value there is a wrong figure.
 */
export class ExtractionScore {
  gold = 0;
  recalled = 0;
  checked = 0;
  correct = 0;
  readonly wrong: WrongFact[] = [];
  readonly byPhrasing = new Map<string, PhrasingTally>();
  /** Every missed gold fact, up to `keepMissed`. */
  readonly missed: GoldFact[] = [];

  constructor(private readonly keepMissed = 0) {}

  /** `readAs`: the agency and year the report was stored under; when they differ from gold, every fact is a miss of "meta". */
  add(gold: GoldFact[], facts: ScoredFact[], layout: Layout, readAs: { agency: string; year: number } | null): void {
    const first = gold[0];
    if (first && (readAs?.agency !== first.agency || readAs.year !== first.year)) {
      for (const g of gold) this.tally(`${layout}:meta-misread`, g, false);
      return;
    }
    const byMetric = new Map<string, ScoredFact[]>();
    for (const f of facts) byMetric.set(f.metric, [...(byMetric.get(f.metric) ?? []), f]);
    for (const g of gold) {
      const hit = (byMetric.get(g.metric) ?? []).some((f) => f.agency === g.agency && f.year === g.year && sameValue(f.value, g.value) && hasDims(f, g.dims));
      this.tally(`${layout}:${g.phrasing}`, g, hit);
    }
    const expected = new Map<string, number[]>();
    for (const g of gold) expected.set(factKey(g), [...(expected.get(factKey(g)) ?? []), g.value]);
    for (const f of facts) {
      const want = f.metric === 'figure' ? undefined : expected.get(factKey(f));
      if (!want) continue;
      this.checked++;
      if (want.some((v) => sameValue(v, f.value))) this.correct++;
      else this.wrong.push({ fact: f, expected: want });
    }
  }

  private tally(key: string, g: GoldFact, hit: boolean): void {
    const t = this.byPhrasing.get(key) ?? { key, gold: 0, recalled: 0, examples: [] };
    t.gold++;
    this.gold++;
    if (hit) {
      t.recalled++;
      this.recalled++;
    } else {
      if (t.examples.length < 3) t.examples.push(g);
      if (this.missed.length < this.keepMissed) this.missed.push(g);
    }
    this.byPhrasing.set(key, t);
  }

  recall(): number {
    return this.gold === 0 ? 1 : this.recalled / this.gold;
  }

  precision(): number {
    return this.checked === 0 ? 1 : this.correct / this.checked;
  }

  /** Phrasings and layouts with at least one miss, worst first. */
  misses(): PhrasingTally[] {
    return [...this.byPhrasing.values()].filter((t) => t.recalled < t.gold).sort((a, b) => a.recalled / a.gold - b.recalled / b.gold || b.gold - a.gold);
  }
}
