import type { Reply } from '../../src/answer/reply.ts';
import type { FactSource, StoredFact } from '../../src/model/fact-source.ts';

/**
 * The traceability rule for figures in reply text (see RELIABILITY.md):
 * 1. Cut out what is quoted from a report: every reply fact's quote, label, section and report
 *    title, every report title and section heading, “…” and 《…》 spans, and dates.
 * 2. Of the digit-runs left (thousands separators folded), these are allowed: a year (1900–2100);
 *    a list ordinal at the start of a line ("1." / "1、"); a count of agencies/reports/years (≤ the
 *    number of reports) before 个; a figure that a stored problem message states (consistency
 *    findings are stored too); a reply fact's value; and what can be computed from the reply's
 *    facts: a difference, a sum, or a percentage change / share rounded to 0–2 decimals; and the
 *    value heading a line that lists a figure apart (· 142件 —— “label”, in a "not found" reply,
 *    whose facts are empty by design) when a stored fact has that value and that label.
 * Anything else is "untraced": a number the bot made up.
 */
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日/g;
const QUOTED = /“[^”]*”|《[^》]*》|"[^"]*"/g;

function stripAll(text: string, pieces: Iterable<string>): string {
  let out = text;
  for (const p of [...pieces].filter((s) => /\d/.test(s)).sort((a, b) => b.length - a.length)) out = out.split(p).join(' ');
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

const rounded = (r: number) => [0, 1, 2].map((d) => Math.abs(Number(r.toFixed(d))));

/** Whether n is a value, the sum of all, or a difference, pair sum, % change or share of two values. */
function derivable(n: number, values: number[]): boolean {
  if (values.some((v) => close(v, n)) || close(values.reduce((s, v) => s + v, 0), n)) return true;
  for (const a of values) {
    for (const b of values) {
      if (close(Math.abs(a - b), n) || close(a + b, n)) return true;
      if (b !== 0 && [...rounded(((a - b) / b) * 100), ...rounded((a / b) * 100)].some((r) => close(r, n))) return true;
    }
  }
  return false;
}

export interface TraceContext {
  quotedPieces: Set<string>;
  problemNumbers: Set<number>;
  reportCount: number;
}

/** What every reply is checked against: report titles, headings and problem figures. */
export function traceContext(source: FactSource): TraceContext {
  const quotedPieces = new Set<string>();
  const problemNumbers = new Set<number>();
  const reports = source.reports();
  for (const r of reports) {
    quotedPieces.add(r.title);
    for (const s of r.sections) quotedPieces.add(s);
    for (const p of source.problems(r.id)) for (const m of `${p.message} ${(p.facts ?? []).join(' ')}`.matchAll(/\d+(?:\.\d+)?/g)) problemNumbers.add(Number(m[0]));
  }
  return { quotedPieces, problemNumbers, reportCount: reports.length };
}

// A figure listed apart: "· 142件 —— “共有接收到依申请公开”…", in English "· over 142 items — “…”"
// (the label may end clipped with …).
const LISTED = /^[·\s]*(?:[a-z]+ )*(\d[\d,]*(?:\.\d+)?)[^—\n]* —{1,2} [^“\n]*“([^”\n]*)”/gm;

/** Values of the lines listing a stored figure apart, with the label the store has for it. */
function listedApart(text: string, stored: StoredFact[]): number[] {
  return [...text.matchAll(LISTED)].flatMap((m) => {
    const value = Number((m[1] ?? '').replace(/,/g, ''));
    const label = (m[2] ?? '').replace(/…$/, '');
    return stored.some((f) => f.value === value && f.label.trim().startsWith(label)) ? [value] : [];
  });
}

/** Digit-runs of the reply text that the rule above cannot trace. */
export function untracedNumbers(reply: Reply, stored: StoredFact[], ctx: TraceContext): string[] {
  const facts = reply.facts;
  const pieces = new Set([...ctx.quotedPieces, ...facts.flatMap((f) => [f.source.quote, f.source.section, f.source.report, f.label])]);
  const listed = new Set(listedApart(reply.text, stored));
  const text = stripAll(reply.text, pieces).replace(QUOTED, ' ').replace(DATE, ' ').replace(/(\d),(?=\d{3})/g, '$1');
  const values = facts.map((f) => f.value);
  const out: string[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const n = Number(m[0]);
    const before = text.slice(0, m.index);
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (/^\d{4}$/.test(m[0]) && n >= 1900 && n <= 2100) continue;
    if (/(^|\n)\s*$/.test(before) && /^[.、)]/.test(after)) continue;
    if (/^\s*个/.test(after) && n <= ctx.reportCount) continue;
    if (ctx.problemNumbers.has(n)) continue;
    if (derivable(n, values) || listed.has(n)) continue;
    out.push(`${m[0]} in …${before.slice(-20)}[${m[0]}]${after.slice(0, 20)}…`);
  }
  return out;
}
