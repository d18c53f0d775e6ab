import { createRandom, type Random } from './seeded-random.ts';

/** How much an agency deals with applications: most small bodies receive none. */
export type Activity = 'quiet' | 'normal' | 'busy';

export const APPLICANTS = ['natural_person', 'commercial', 'research', 'social', 'legal_service', 'other', 'total'] as const;

const LEAVES_COMMON = [
  'disclosed', 'partial',
  'withheld.state_secret', 'withheld.prohibited', 'withheld.three_safety', 'withheld.third_party', 'withheld.internal', 'withheld.process',
  'withheld.enforcement_file', 'withheld.query',
  'unable.not_held', 'unable.needs_creation', 'unable.unclear',
  'not_processed.petition', 'not_processed.repeated', 'not_processed.publication', 'not_processed.mass_repeated', 'not_processed.confirm',
];
export const LEAVES_2019 = [...LEAVES_COMMON, 'other'];
export const LEAVES_2021 = [...LEAVES_COMMON, 'other.no_correction', 'other.unpaid_fee', 'other.other'];

/** Where applications end up, roughly as in published tables: most are disclosed or not held. */
const LEAF_WEIGHT: Record<string, number> = {
  disclosed: 40, partial: 10, 'unable.not_held': 25, 'not_processed.petition': 5, 'not_processed.repeated': 3, 'withheld.third_party': 2,
  'withheld.process': 2, 'unable.needs_creation': 2, 'unable.unclear': 2, other: 4, 'other.no_correction': 2, 'other.other': 2,
  'withheld.internal': 1, 'withheld.query': 1, 'not_processed.publication': 1, 'not_processed.confirm': 1,
};

/** Seven columns: six applicant types and their total. */
export interface ApplicationValues {
  received: number[];
  carriedIn: number[];
  leaves: Record<string, number[]>;
  processed: number[];
  carriedOver: number[];
}

export function activityOf(seed: number, agencyIndex: number): Activity {
  const x = createRandom(seed, 'activity', agencyIndex).next();
  return x < 0.45 ? 'quiet' : x < 0.9 ? 'normal' : 'busy';
}

const withTotal = (six: number[]): number[] => [...six, six.reduce((s, v) => s + v, 0)];

/** Applications an agency carries into the next year: derived from (agency, year) alone, so the next report can state the same number as 上年结转. */
export function carriedOverSix(seed: number, agencyIndex: number, year: number, activity: Activity): number[] {
  const r = createRandom(seed, 'carry', agencyIndex, year);
  if (activity === 'quiet') return [0, 0, 0, 0, 0, 0];
  const person = r.chance(0.5) ? r.int(1, activity === 'busy' ? 8 : 3) : 0;
  return [person, ...[0, 0, 0, 0, 0].map(() => (r.chance(0.08) ? 1 : 0))];
}

function receivedSix(r: Random, activity: Activity): number[] {
  if (activity === 'quiet') return [r.chance(0.3) ? r.int(1, 3) : 0, 0, 0, 0, 0, 0];
  const busy = activity === 'busy';
  return [
    busy ? r.int(50, 400) : r.int(2, 40), busy ? r.int(5, 40) : r.int(0, 5), r.chance(0.1) ? r.int(1, 2) : 0,
    r.chance(0.05) ? 1 : 0, r.chance(0.3) ? r.int(1, busy ? 10 : 3) : 0, r.chance(0.3) ? r.int(1, busy ? 10 : 3) : 0,
  ];
}

function spread(r: Random, n: number, leaves: string[]): number[] {
  const weights = leaves.map((l) => LEAF_WEIGHT[l] ?? 0.3);
  const sum = weights.reduce((s, w) => s + w, 0);
  const out = leaves.map(() => 0);
  for (let k = 0; k < n; k++) {
    let x = r.next() * sum;
    let i = 0;
    while (i < weights.length - 1 && x >= (weights[i] ?? 0)) x -= weights[i++] ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/** A table whose sums all hold: rows add up across applicants, outcomes add up to 总计, 新收 + 结转 = 总计 + 结转下年度. */
export function applicationValues(r: Random, leaves: string[], carriedIn6: number[], carriedOver6: number[], activity: Activity): ApplicationValues {
  const received6 = receivedSix(r, activity).map((v, c) => Math.max(v, (carriedOver6[c] ?? 0) - (carriedIn6[c] ?? 0)));
  const processed6 = received6.map((v, c) => v + (carriedIn6[c] ?? 0) - (carriedOver6[c] ?? 0));
  const perColumn = processed6.map((n) => spread(r, n, leaves));
  const byLeaf: Record<string, number[]> = {};
  leaves.forEach((leaf, i) => (byLeaf[leaf] = withTotal(perColumn.map((col) => col[i] ?? 0))));
  return { received: withTotal(received6), carriedIn: withTotal(carriedIn6), leaves: byLeaf, processed: withTotal(processed6), carriedOver: withTotal(carriedOver6) };
}

/** The 15 cells of the 行政复议/行政诉讼 table: three groups of 维持, 纠正, 其他, 尚未审结, 总计. */
export function reviewValues(r: Random, activity: Activity): number[] {
  const group = (p: number, max: number): number[] => {
    if (activity === 'quiet' || !r.chance(p)) return [0, 0, 0, 0, 0];
    const parts = spread(r, r.int(1, max), ['a', 'b', 'c', 'd']);
    return [...parts, parts.reduce((s, v) => s + v, 0)];
  };
  const busy = activity === 'busy';
  return [...group(busy ? 0.6 : 0.12, busy ? 12 : 3), ...group(busy ? 0.5 : 0.08, busy ? 8 : 2), ...group(busy ? 0.3 : 0.04, busy ? 4 : 1)];
}
