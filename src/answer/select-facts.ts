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

/** Whether a fact's own label names these dimension values (a narrative figure "通过网站公开…" has no dims). */
export type LabelHolds = (f: StoredFact, dims: Record<string, string>) => boolean;

/**
 * Picks the facts that answer a question from one report's candidates (one metric). Every dimension
 * the question names must be on the fact: in its dimensions, or, failing that, named by its own label
 * (`labelHolds`). `relevantDims`: dimension keys this metric is broken down by anywhere in the store;
 * an asked dimension outside them can only be held by a label. Several facts left = a tie (e.g. four
 * channels and no total): the caller lists them all rather than guess. A zero total stands in for
 * any split (0 in total is 0 in every part).
 */
export function selectFacts(candidates: StoredFact[], askedAll: Record<string, string>, relevantDims: Set<string>, labelHolds: LabelHolds = () => false): Selection {
  const asked = Object.fromEntries(Object.entries(askedAll).filter(([k]) => relevantDims.has(k)));
  const keys = Object.keys(askedAll);
  const fitting = candidates.filter((f) => !conflicts(f, asked));
  const missingOn = (f: StoredFact) => Object.fromEntries(Object.entries(askedAll).filter(([k]) => f.dims[k] === undefined));
  const full = fitting.filter((f) => hasAll(f, keys) || labelHolds(f, missingOn(f)));
  if (full.length > 0) return { facts: plainest(full, asked), missingDims: [], zeroCoversDims: false, withoutDims: [] };
  if (fitting.length === 0) return { facts: [], missingDims: [], zeroCoversDims: false, withoutDims: [] };
  const unsplit = keys.filter((k) => fitting.every((f) => f.dims[k] === undefined));
  const missing = unsplit.length > 0 ? unsplit : keys;
  // Only a zero TOTAL covers the split: a zero breakdown row (0 from 科研机构) says nothing about 信函.
  const totals = plainest(fitting, asked);
  const zeros = totals.filter((f) => f.value === 0);
  if (zeros.length > 0 && zeros.length === totals.length) return { facts: zeros, missingDims: missing, zeroCoversDims: true, withoutDims: [] };
  return { facts: [], missingDims: missing, zeroCoversDims: false, withoutDims: plainest(fitting, asked) };
}
