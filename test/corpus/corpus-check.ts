import type { Reply } from '../../src/answer/reply.ts';

/** The expectation format of the evaluation questions (see ../shared/eval beside the project). */
export interface Expectation {
  status: string | string[];
  values?: number[];
  values_if_answered?: number[];
  all_values?: boolean;
  /** Figures a right answer may state beside the asked one (another level's count it lists with its label). */
  also_values?: number[];
  agency_has?: string;
  year?: number;
  section_has?: string;
  text_has?: string[];
  text_lacks?: string[];
}

export interface CorpusCase {
  id: string;
  q: string;
  chat?: string;
  expect: Expectation;
}

const asList = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
const numIn = (text: string, v: number) => text.includes(String(v)) || text.includes(v.toLocaleString('en-US'));

/** Why a reply fails its expectation ([] = passes); the same rules as the evaluation scorer. */
export function checkReply(e: Expectation, out: Reply): string[] {
  const why: string[] = [];
  if (!asList(e.status).includes(out.status)) why.push(`status ${out.status}, want ${asList(e.status).join('|')}`);
  const values = e.values ?? (out.status === 'answered' ? e.values_if_answered : undefined);
  if (values && out.status === 'answered') {
    const hits = values.filter((v) => out.facts.some((f) => Number(f.value) === v));
    if (e.all_values ? hits.length !== values.length : hits.length === 0) {
      why.push(`values ${JSON.stringify(out.facts.map((f) => f.value))}, want ${e.all_values ? 'all of' : 'one of'} ${JSON.stringify(values)}`);
    }
    for (const v of hits) if (!numIn(out.text, v)) why.push(`text lacks ${v}`);
    // Stricter than the scorer: a reply that also states a figure nobody asked for fails, unless the
    // case lists it as one a right answer may give beside the asked one (also_values). Rankings,
    // totals and comparisons state one figure per agency or year by design.
    const allowed = new Set([...values, ...(e.also_values ?? [])]);
    const across = new Set(out.facts.map((f) => `${f.agency}|${f.year}`)).size > 1;
    const stray = across || e.all_values ? [] : out.facts.filter((f) => !allowed.has(Number(f.value)));
    if (stray.length > 0) why.push(`states figures not asked for: ${stray.map((f) => `${f.label}=${f.value}`).join(', ')}`);
    const main = out.facts.find((f) => values.includes(Number(f.value)));
    if (main) {
      if (e.agency_has && !main.agency.includes(e.agency_has)) why.push(`agency ${main.agency}, want *${e.agency_has}*`);
      if (e.year && main.year !== e.year) why.push(`year ${main.year}, want ${e.year}`);
      if (e.section_has && !main.source.section.includes(e.section_has)) why.push(`section "${main.source.section}", want *${e.section_has}*`);
      if (!main.source.quote) why.push('no source quote');
    }
  }
  for (const s of e.text_has ?? []) if (!out.text.includes(s)) why.push(`text lacks "${s}"`);
  for (const s of e.text_lacks ?? []) if (out.text.includes(s)) why.push(`text has "${s}"`);
  return why;
}

/** A figure where none, or none of the expected ones, should be. */
export function isWrongFigure(e: Expectation, out: Reply): boolean {
  if (out.status !== 'answered' || out.facts.length === 0) return false;
  const values = e.values ?? e.values_if_answered;
  if (values) return !values.some((v) => out.facts.some((f) => f.value === v));
  return !asList(e.status).includes('answered');
}
