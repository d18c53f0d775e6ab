import type { AgencyMatch } from './agency-entity.ts';
import type { QuestionLanguage } from './question-language.ts';
import type { YearSlot } from './question-years.ts';
import { makeSpan } from './span.ts';
import type { Understanding } from './understand-question.ts';

/** Where a slot's words stand in the question text that shows it (an empty span at 0 if they don't). */
function spanOf(question: string, words: string, rule: string) {
  const at = question.indexOf(words);
  return at < 0 ? makeSpan(question, 0, 0, rule) : makeSpan(question, at, at + words.length, rule);
}

const agencyMatch = (question: string, agency: string): AgencyMatch => ({ kind: 'exact', agency, span: spanOf(question, agency, 'agency.slot') });

function yearSlot(question: string, year: number): YearSlot {
  const written = spanOf(question, `${year}年`, 'year.slot');
  return { year, note: '', noteEn: '', relative: false, span: written.end > 0 ? written : spanOf(question, String(year), 'year.slot') };
}

/**
 * The question read before, with its agency and/or year set to other values: what a button offering
 * "the same question for 科技局" or "…for 2017" carries, so pressing it reads no text again.
 * `question` is the text the button shows (kept as the question's words for display and the chat).
 */
export function withSlots(u: Understanding, change: { agency?: string; year?: number }, question: string): Understanding {
  const agency = change.agency === undefined ? u.agency : agencyMatch(question, change.agency);
  const agencies = change.agency === undefined ? u.agencies : [change.agency];
  return {
    ...u,
    raw: question,
    q: question,
    agency,
    agencyMatches: change.agency === undefined ? u.agencyMatches : [agency],
    agencies,
    years: change.year === undefined ? u.years : [yearSlot(question, change.year)],
  };
}

/** A question given as slot values alone (agency, year, metric): a button built from the store's data. */
export function understandingOf(slots: { agency: string; year: number; metric?: string; lang: QuestionLanguage }, question: string): Understanding {
  const agency = agencyMatch(question, slots.agency);
  return {
    raw: question,
    q: question,
    lang: slots.lang,
    years: [yearSlot(question, slots.year)],
    agency,
    agencyMatches: [agency],
    agencies: [slots.agency],
    metricMatches: [],
    metrics: slots.metric ? [slots.metric] : [],
    metricImplied: false,
    dimMatches: [],
    dims: {},
    dimValues: {},
    unit: null,
    countedNoun: '',
    words: [],
    specificWords: [],
  };
}
