import { withSlots } from '../nlu/slot-understanding.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import type { ReplyOption } from './reply.ts';

function replaceSpan(q: string, span: { start: number; end: number } | undefined, text: string, prefix: boolean): string {
  if (!span) return prefix ? `${text}${q}` : q;
  return `${q.slice(0, span.start)}${text}${q.slice(span.end)}`;
}

/** The question with its agency replaced (or put in front): the text of a clarify option. */
export function withAgency(u: Understanding, agency: string): string {
  const span = u.agency.kind === 'none' ? undefined : u.agency.span;
  return replaceSpan(u.q, span, agency, true);
}

/** The question with its (first) year replaced (or put in front). */
export function withYear(u: Understanding, year: number): string {
  const first = u.years[0];
  if (!first) return `${year}年${u.q}`;
  const text = /年/.test(first.span.text) ? `${year}年` : String(year);
  // A list or range ("2017和2018年") is replaced as a whole: the option asks about one year.
  let end = first.span.end;
  for (const y of u.years.slice(1)) if (y.span.start - end <= 2 && y.span.start >= first.span.start) end = Math.max(end, y.span.end);
  const start = first.span.start;
  return replaceSpan(u.q, { start, end }, text, true);
}

/** Both replaced: an option naming one report. */
export function withReport(u: Understanding, agency: string, year: number): string {
  const yearFirst = withYear(u, year);
  if (u.agency.kind === 'none') return `${agency}${yearFirst}`;
  // Re-locate the agency words in the rewritten text (replacing the year may have moved them).
  const at = yearFirst.indexOf(u.agency.span.text);
  return at < 0 ? `${agency}${yearFirst}` : replaceSpan(yearFirst, { start: at, end: at + u.agency.span.text.length }, agency, true);
}

/**
 * A button asking the same question for another agency and/or year: its text (shown, and asked by
 * an interface that cannot send slots) and the slot values themselves.
 */
export function optionFor(u: Understanding, label: string, change: { agency?: string; year?: number }): ReplyOption {
  const { agency, year } = change;
  const question = agency !== undefined && year !== undefined ? withReport(u, agency, year) : agency !== undefined ? withAgency(u, agency) : withYear(u, year ?? 0);
  return { label, question, slots: withSlots(u, change, question) };
}
