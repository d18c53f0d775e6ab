/**
 * fuse.js scores a match by errors per pattern character (with ignoreLocation), and a term
 * character the question lacks is always an error: a term with more missing characters than the
 * threshold allows cannot match. Most terms are ruled out by this count alone, before the costly
 * approximate search. One character of slack keeps the test on the safe side of fuse's rounding.
 */
export function couldMatch(term: string, present: Set<string>, threshold: number): boolean {
  let missing = 0;
  for (const ch of term) if (!present.has(ch)) missing += 1;
  return missing <= Math.floor(threshold * term.length) + 1;
}
