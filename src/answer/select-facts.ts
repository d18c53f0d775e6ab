import type { StoredFact } from '../model/fact-source.ts';

export interface Selection {
  facts: StoredFact[];
  /** Asked dimensions no candidate breaks down by (the report gives no such split). */
  missingDims: string[];
  /** True when the facts are zero totals standing in for an asked split (0 in total → 0 in every part). */
  zeroCoversDims: boolean;
  /** When the asked split is missing: the best facts without it (to mention, not to answer). */
  withoutDims: StoredFact[];
}

// A fact stating a different value for a dimension the question names answers another question.
const conflicts = (f: StoredFact, asked: Record<string, string>) =>
  Object.entries(asked).some(([k, v]) => f.dims[k] !== undefined && f.dims[k] !== v);

const hasAll = (f: StoredFact, keys: string[]) => keys.every((k) => f.dims[k] !== undefined);

/**
 * Dimensions the question did not ask for: the fewer the better, because the plain figure is the
 * answer and a breakdown row is only part of it; applicant=total is the table's own total and does
 * not count. A derived (computed) fact only wins when nothing stated is equally plain.
 */
function extraDims(f: StoredFact, asked: Record<string, string>): number {
  return Object.entries(f.dims).filter(([k, v]) => asked[k] === undefined && !(k === 'applicant' && v === 'total')).length;
}

function plainest(facts: StoredFact[], asked: Record<string, string>): StoredFact[] {
  const rank = (f: StoredFact) => extraDims(f, asked) * 2 + (f.derived ? 1 : 0);
  const best = Math.min(...facts.map(rank));
  return facts.filter((f) => rank(f) === best);
}

/**
 * Picks the facts that answer a question from one report's candidates (one metric).
 * `relevantDims`: dimension keys this metric is broken down by anywhere in the store; other asked
 * dimensions belong to another metric and are ignored. Several facts left = a tie (e.g. four
 * channels and no total): the caller lists them all rather than guess.
 */
export function selectFacts(candidates: StoredFact[], askedAll: Record<string, string>, relevantDims: Set<string>): Selection {
  const asked = Object.fromEntries(Object.entries(askedAll).filter(([k]) => relevantDims.has(k)));
  const keys = Object.keys(asked);
  const fitting = candidates.filter((f) => !conflicts(f, asked));
  const full = fitting.filter((f) => hasAll(f, keys));
  if (full.length > 0) return { facts: plainest(full, asked), missingDims: [], zeroCoversDims: false, withoutDims: [] };
  if (fitting.length === 0) return { facts: [], missingDims: [], zeroCoversDims: false, withoutDims: [] };
  const zeros = fitting.filter((f) => f.value === 0);
  if (zeros.length > 0) return { facts: plainest(zeros, asked), missingDims: keys, zeroCoversDims: true, withoutDims: [] };
  return { facts: [], missingDims: keys, zeroCoversDims: false, withoutDims: plainest(fitting, asked) };
}
