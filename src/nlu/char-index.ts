import { codePointLength } from '../text/edit-similarity.ts';

export interface CharShare<E> {
  entry: E;
  /** Distinct characters the entry's text shares with the probe. */
  shared: number;
  /**
   * The highest edit similarity (1 − distance / longer length) the two texts can have: a distance
   * is at least longer length − common characters, and common characters (with repeats) are at
   * most the shared distinct ones plus the probe's repeats.
   */
  bound: number;
}

export interface CharIndex<E> {
  /** Entries sharing at least one character with `probe`, in entry order. */
  sharing(probe: string): CharShare<E>[];
}

const distinctChars = (s: string): string[] => [...new Set(s)];

/**
 * An inverted index from each character to the entries whose text holds it. Fuzzy agency matching
 * compares a mention only with names that share characters with it, instead of with every alias
 * (a city has thousands); the bound lets callers skip names that cannot reach a threshold.
 */
export function buildCharIndex<E>(entries: E[], textOf: (e: E) => string): CharIndex<E> {
  const postings = new Map<string, number[]>();
  const lengths = entries.map((e) => codePointLength(textOf(e)));
  entries.forEach((e, i) => {
    for (const c of distinctChars(textOf(e))) {
      const list = postings.get(c);
      if (list) list.push(i);
      else postings.set(c, [i]);
    }
  });
  const counts = new Int32Array(entries.length);
  return {
    sharing(probe) {
      const chars = distinctChars(probe);
      const repeats = codePointLength(probe) - chars.length;
      const probeLength = codePointLength(probe);
      const touched: number[] = [];
      for (const c of chars) {
        for (const i of postings.get(c) ?? []) {
          if (counts[i] === 0) touched.push(i);
          counts[i] = (counts[i] as number) + 1;
        }
      }
      touched.sort((a, b) => a - b);
      return touched.map((i) => {
        const shared = counts[i] as number;
        counts[i] = 0;
        const longer = Math.max(probeLength, lengths[i] as number);
        return { entry: entries[i] as E, shared, bound: longer === 0 ? 1 : Math.min(1, (shared + repeats) / longer) };
      });
    },
  };
}
