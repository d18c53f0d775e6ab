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
