import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normaliseQuestion } from '../../src/nlu/normalise-question.ts';
import { extractYears, resolveYear, type YearMention } from '../../src/nlu/year-entity.ts';
import { loadExamples } from './load-examples.ts';

const expected = z.union([z.number().int(), z.object({ offset: z.number().int(), word: z.string() })]);
const cases = loadExamples(
  'year.examples.json',
  z.array(
    z.object({
      q: z.string(),
      expect: z.array(expected),
      texts: z.array(z.string()).optional(),
      latest: z.number().int().optional(),
      resolved: z.array(z.number().int()).optional(),
      note: z.string().optional(),
    }),
  ),
);

const summary = (m: YearMention) => (m.kind === 'absolute' ? m.year : { offset: m.offset, word: m.word });

describe('extractYears', () => {
  it('has a corpus of at least 40 cases, negatives included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('$q', ({ q, expect: want, texts }) => {
    const mentions = extractYears(q);
    expect(mentions.map(summary)).toEqual(want);
    if (texts) expect(mentions.map((m) => m.span.text)).toEqual(texts);
  });

  it.each(cases)('spans point into the normalised question: $q', ({ q }) => {
    const nq = normaliseQuestion(q);
    for (const m of extractYears(q)) expect(nq.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });

  it.each(cases.filter((c) => c.latest !== undefined))('resolves $q against latest $latest', ({ q, latest, resolved, note }) => {
    const results = extractYears(q).map((m) => resolveYear(m, latest ?? 0));
    expect(results.map((r) => r.year)).toEqual(resolved);
    if (note) expect(results[0]?.note).toContain(note);
  });

  it('explains relative years and leaves plain years without a note', () => {
    const [m] = extractYears('2018年');
    expect(m && resolveYear(m, 2023)).toEqual({ year: 2018, note: '', noteEn: '' });
  });

  it('gives every note in English too, with the same figures', () => {
    const [m] = extractYears('去年');
    const r = m && resolveYear(m, 2023);
    expect(r?.note).toBe('“去年”按最新报告年度2023年的前一年理解，即2022年');
    expect(r?.noteEn).toBe('“去年” read as the year before the newest report (2023): 2022');
  });
});
