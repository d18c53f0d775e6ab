import { z } from 'zod';
import { loadJsonRules } from '../text/load-json-rules.ts';

const answerConfigSchema = z.object({
  $comment: z.string().optional(),
  contextTtlMinutes: z.number().positive(),
  figureSearch: z.object({
    minQuoteRecall: z.number().min(0).max(1),
    minLabelRecall: z.number().min(0).max(1),
    strongLabelRecall: z.number().min(0).max(1),
    wholeLabelRecall: z.number().min(0).max(1),
    minLabelPrecision: z.number().min(0).max(1),
    minBigrams: z.number().int().positive(),
    tieMargin: z.number().min(0).max(1),
    countedNounBonus: z.number().min(0).max(1),
    narrowerMaxQuoteFrequency: z.number().int().positive(),
  }),
  labelLeadIns: z.array(z.string().min(1)).default([]),
  compositeMetrics: z.record(z.string(), z.array(z.string()).min(2)),
  qualifiers: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  countUnits: z.array(z.string().min(1)),
  maxReplyChars: z.number().int().positive().max(4096),
  maxListLines: z.number().int().positive(),
  maxOptions: z.number().int().positive(),
  maxQuestionChars: z.number().int().positive(),
  acrossCacheSize: z.number().int().min(0),
});

export type AnswerConfig = z.infer<typeof answerConfigSchema>;

let loaded: AnswerConfig | undefined;

/**
 * intents/answer-config.json, validated once: a typo must fail at start-up, not mid-conversation. Kept here too:
 * answers read it per figure, and building the file URL each time would show.
 */
export function loadAnswerConfig(): AnswerConfig {
  loaded ??= loadJsonRules(new URL('../../intents/answer-config.json', import.meta.url), answerConfigSchema);
  return loaded;
}
