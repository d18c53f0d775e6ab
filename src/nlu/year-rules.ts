import { z } from 'zod';
import { loadJsonRules } from '../text/load-json-rules.ts';

const relativeWordSchema = z.object({
  word: z.string().min(1),
  offset: z.number().int(),
  notFollowedBy: z.array(z.string()).default([]),
});

/** How a year read from a relative or short form is explained (in Chinese, and in English as notesEn). */
const yearNotesSchema = z.object({
  current: z.string(),
  previous: z.string(),
  earlier: z.string(),
  later: z.string(),
  shortForm: z.string(),
  anchored: z.string(),
  yearOnYear: z.string(),
});

const yearRulesSchema = z.object({
  minYear: z.number().int(),
  maxYear: z.number().int(),
  century: z.number().int(),
  maxRangeYears: z.number().int().positive(),
  chineseDigits: z.record(z.string().length(1), z.number().int().min(0).max(9)),
  yearSuffixes: z.array(z.string().min(1)).min(1),
  listSeparators: z.array(z.string().min(1)),
  rangeSeparators: z.array(z.string().min(1)),
  notYearFollowers: z.array(z.string().min(1)),
  notYearPreceders: z.array(z.string().min(1)),
  shortYearNotFollowedBy: z.array(z.string().min(1)),
  shortYearNotPrecededBy: z.array(z.string().min(1)),
  documentBrackets: z.array(z.tuple([z.string().length(1), z.string().length(1)])),
  relative: z.array(relativeWordSchema),
  notes: yearNotesSchema,
  notesEn: yearNotesSchema,
});

export type YearNotes = z.infer<typeof yearNotesSchema>;
export type YearRules = z.infer<typeof yearRulesSchema>;
export type RelativeYearWord = z.infer<typeof relativeWordSchema>;

export function loadYearRules(): YearRules {
  return loadJsonRules(new URL('../../intents/entities/year.json', import.meta.url), yearRulesSchema);
}
