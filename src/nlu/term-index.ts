/** One occurrence of a dictionary term in a question. */
export interface TermHit<V> {
  start: number;
  end: number;
  term: string;
  /** Every value the term stands for (more than one = the term is shared, e.g. an alias of two agencies). */
  values: V[];
}

export interface TermIndex<V> {
  /** Every occurrence of every term, overlapping ones included. */
  findAll(q: string): TermHit<V>[];
  terms(): string[];
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const ASCII_WORD = /[a-z0-9]/;

// An English term must not match inside a longer word ("review" in "reviewer").
function atWordBoundary(q: string, start: number, end: number, term: string): boolean {
  if (ASCII_WORD.test(term[0] ?? '') && ASCII_WORD.test(q[start - 1] ?? '')) return false;
  return !(ASCII_WORD.test(term[term.length - 1] ?? '') && ASCII_WORD.test(q[end] ?? ''));
}

/**
 * A dictionary of terms bucketed by first character, so finding all terms in a short question
 * is a few string comparisons per character rather than one indexOf per term.
 */
export function buildTermIndex<V>(entries: Iterable<readonly [string, V]>, key: (v: V) => string = String): TermIndex<V> {
  const values = new Map<string, V[]>();
  for (const [term, value] of entries) {
    const list = values.get(term) ?? [];
    if (!list.some((v) => key(v) === key(value))) list.push(value);
    values.set(term, list);
  }
  const byFirst = new Map<string, string[]>();
  for (const term of values.keys()) {
    const first = term[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), term]);
  }
  return {
    terms: () => [...values.keys()],
    findAll(q) {
      const hits: TermHit<V>[] = [];
      for (let i = 0; i < q.length; i += 1) {
        for (const term of byFirst.get(q[i] ?? '') ?? []) {
          const end = i + term.length;
          if (q.startsWith(term, i) && atWordBoundary(q, i, end, term)) hits.push({ start: i, end, term, values: values.get(term) ?? [] });
        }
      }
      return hits;
    },
  };
}

/**
 * Longest match first, then leftmost; overlapping shorter hits are dropped (区政府办公室 beats 区政府,
 * 不予公开 leaves no room for 公开). Returned in text order.
 */
export function pickLongestFirst<H extends { start: number; end: number }>(hits: H[]): H[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: H[] = [];
  for (const h of sorted) {
    if (!chosen.some((c) => overlaps(c, h))) chosen.push(h);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Joins overlapping hits that stand for the same values into one hit over their union, so two
 * synonyms of one metric that share characters (维持具体行政行为或驳回 + 驳回诉讼请求) claim the
 * whole phrase and leave no remainder (诉讼) to match something else.
 */
export function mergeSameValues<V>(q: string, hits: TermHit<V>[], key: (v: V) => string): TermHit<V>[] {
  const groups = new Map<string, TermHit<V>[]>();
  for (const h of hits) {
    const k = h.values.map(key).sort().join('|');
    groups.set(k, [...(groups.get(k) ?? []), h]);
  }
  return [...groups.values()].flatMap((group) => {
    const merged: TermHit<V>[] = [];
    for (const h of [...group].sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && overlaps(last, h) && h.end > last.end) merged[merged.length - 1] = { ...last, end: h.end, term: q.slice(last.start, h.end) };
      else if (!last || !overlaps(last, h)) merged.push(h);
    }
    return merged;
  });
}
