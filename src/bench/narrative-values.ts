import type { Activity } from './application-values.ts';
import type { Random } from './seeded-random.ts';

export interface Channels {
  in_person: number;
  internet: number;
  letter: number;
  fax: number;
}

/** Outcomes of 行政复议 or 行政诉讼: total = maintained + corrected + other + pending. */
export interface CaseCounts {
  total: number;
  maintained: number;
  corrected: number;
  other: number;
  pending: number;
}

/** The figures of a pre-2019 narrative report (null: the report does not state it). */
export interface NarrativeValues {
  received: number;
  channels: Channels | null;
  fees: number;
  review: CaseCounts;
  litigation: CaseCounts;
  proactive: number;
  cumulative: number | null;
  interpretation: number | null;
  npc: number | null;
  cppcc: number | null;
  visits: number | null;
}

/** n items spread over `parts` buckets, the first bucket favoured. */
export function split(r: Random, n: number, parts: number): number[] {
  const out = Array.from({ length: parts }, () => 0);
  for (let k = 0; k < n; k++) {
    const i = r.chance(0.5) ? 0 : r.int(0, parts - 1);
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

export function caseCounts(r: Random, n: number): CaseCounts {
  const [maintained = 0, corrected = 0, other = 0, pending = 0] = split(r, n, 4);
  return { total: n, maintained, corrected, other, pending };
}

function channels(r: Random, n: number): Channels {
  const [internet = 0, in_person = 0, letter = 0, fax = 0] = split(r, n, 4);
  return { in_person, internet, letter, fax };
}

export function narrativeValues(r: Random, activity: Activity, year: number): NarrativeValues {
  const busy = activity === 'busy';
  const received = activity === 'quiet' ? (r.chance(0.2) ? r.int(1, 3) : 0) : r.int(busy ? 20 : 0, busy ? 400 : 30);
  const hasCases = activity !== 'quiet' && r.chance(busy ? 0.6 : 0.12);
  const proactive = r.int(busy ? 500 : 20, busy ? 30000 : 900);
  return {
    received,
    channels: received > 0 && r.chance(0.5) ? channels(r, received) : null,
    fees: r.chance(0.06) ? r.int(5, 400) : 0,
    review: caseCounts(r, hasCases ? r.int(0, busy ? 30 : 3) : 0),
    litigation: caseCounts(r, hasCases ? r.int(0, busy ? 35 : 2) : 0),
    proactive,
    cumulative: r.chance(0.1) ? proactive * r.int(3, 9) : null,
    interpretation: year >= 2013 && r.chance(0.6) ? r.int(1, busy ? 60 : 15) : null,
    npc: r.chance(0.5) ? r.int(0, busy ? 150 : 12) : null,
    cppcc: r.chance(0.5) ? r.int(0, busy ? 220 : 15) : null,
    visits: r.chance(0.4) ? r.int(5000, busy ? 900000 : 90000) : null,
  };
}
