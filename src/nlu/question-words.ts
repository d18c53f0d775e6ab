import { z } from 'zod';
import { loadJsonRules } from '../text/load-json-rules.ts';

const questionWordsSchema = z.object({
  $comment: z.string().optional(),
  stopWords: z.array(z.string().min(1)),
  keptWords: z.array(z.string().min(1)),
  unitWords: z.array(z.string().min(1)),
  unitAliases: z.record(z.string(), z.string()),
  headTerms: z.array(z.string().min(1)),
  bareDimensionLabels: z.array(z.string().min(1)),
  namePartDimensions: z.array(z.string().min(1)),
  dimensionImpliesMetric: z.record(z.string(), z.string()),
  /** Row numbering of the template tables ((七), 3.): a stop word right after it is a row's label and is kept. */
  rowNumbering: z.string().min(1),
  /** Words that make a figure a running total: a cumulative fact says them (src/answer/words-accounted.ts). */
  cumulativeWords: z.array(z.string().min(1)),
  /** Words a question may say that tell no figure from another: each with why (src/answer/words-accounted.ts). */
  neutralWords: z.array(z.object({ word: z.string().min(1), why: z.string().min(1) })),
});

/** The words a question is read with beyond the catalogues (intents/question-words.json). */
export type QuestionWords = z.infer<typeof questionWordsSchema>;

let loaded: QuestionWords | undefined;

/**
 * intents/question-words.json, validated once: a typo must fail at start-up, not mid-conversation. Kept here too:
 * answers read it per figure, and building the file URL each time would show.
 */
export function loadQuestionWords(): QuestionWords {
  loaded ??= loadJsonRules(new URL('../../intents/question-words.json', import.meta.url), questionWordsSchema);
  return loaded;
}
