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

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The term ending here, if any. */
  term?: string;
}

function insert(root: TrieNode, term: string): void {
  let node = root;
  for (let i = 0; i < term.length; i += 1) {
    const ch = term[i] as string;
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map() };
      node.next.set(ch, child);
    }
    node = child;
  }
  node.term = term;
}

/**
 * A dictionary of terms in a character trie: finding all terms in a question costs one walk per
 * position, however many terms share a first character (a city's agency aliases all start 张店区…).
 */
export function buildTermIndex<V>(entries: Iterable<readonly [string, V]>, key: (v: V) => string = String): TermIndex<V> {
  const values = new Map<string, V[]>();
  for (const [term, value] of entries) {
    const list = values.get(term) ?? [];
    if (!list.some((v) => key(v) === key(value))) list.push(value);
    values.set(term, list);
  }
  const root: TrieNode = { next: new Map() };
  for (const term of values.keys()) if (term !== '') insert(root, term);
  return {
    terms: () => [...values.keys()],
    findAll(q) {
      const hits: TermHit<V>[] = [];
      for (let i = 0; i < q.length; i += 1) {
        let node = root.next.get(q[i] as string);
        for (let end = i + 1; node; end += 1) {
          const term = node.term;
          if (term !== undefined && atWordBoundary(q, i, end, term)) hits.push({ start: i, end, term, values: values.get(term) ?? [] });
          node = end < q.length ? node.next.get(q[end] as string) : undefined;
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
