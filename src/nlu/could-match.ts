/**
 * fuse.js scores a match by errors per pattern character (with ignoreLocation), and a term
 * character the question lacks is always an error: a term with more missing characters than the
 * threshold allows cannot match. Most terms are ruled out by this count alone, before the costly
 * approximate search.
 */
export function couldMatch(term: string, present: Set<string>, threshold: number): boolean {
  let missing = 0;
  for (const ch of term) if (!present.has(ch)) missing += 1;
  return missing <= Math.floor(threshold * term.length);
}

/**
 * couldMatch for many terms at once: for each character, the terms holding it and how often, so a
 * question costs one pass over the postings of its own characters instead of a pass over every term.
 * Returns the indices (ascending) of the terms couldMatch would let through.
 */
export function buildCouldMatchIndex(terms: string[], threshold: number): (q: string) => number[] {
  const postings = new Map<string, [number, number][]>();
  const need = terms.map((t) => {
    const chars = [...t];
    const counts = new Map<string, number>();
    for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    return { chars: chars.length, counts };
  });
  need.forEach(({ counts }, i) => {
    for (const [ch, n] of counts) {
      const list = postings.get(ch);
      if (list) list.push([i, n]);
      else postings.set(ch, [[i, n]]);
    }
  });
  // A term may miss at most this many of its characters (as in couldMatch).
  const allowed = terms.map((t) => Math.floor(threshold * t.length));
  // Terms short enough to miss every character pass whatever the question (none at usual thresholds).
  const always = terms.flatMap((_, i) => ((need[i]?.chars ?? 0) <= (allowed[i] as number) ? [i] : []));
  const present = new Int32Array(terms.length);
  return (q) => {
    const touched: number[] = [];
    for (const ch of new Set(q)) {
      for (const [i, n] of postings.get(ch) ?? []) {
        if (present[i] === 0) touched.push(i);
        present[i] = (present[i] as number) + n;
      }
    }
    const out = new Set(always);
    for (const i of touched) {
      if ((need[i]?.chars ?? 0) - (present[i] as number) <= (allowed[i] as number)) out.add(i);
      present[i] = 0;
    }
    return [...out].sort((a, b) => a - b);
  };
}
