import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  stopWords: z.array(z.string().min(1)),
  keptWords: z.array(z.string().min(1)),
  unitWords: z.array(z.string().min(1)),
  unitAliases: z.record(z.string(), z.string()),
  headTerms: z.array(z.string().min(1)),
  bareDimensionLabels: z.array(z.string().min(1)),
  namePartDimensions: z.array(z.string().min(1)),
  dimensionImpliesMetric: z.record(z.string(), z.string()),
  compositeMetrics: z.record(z.string(), z.array(z.string()).min(2)),
  qualifiers: z.object({ before: z.array(z.string()), after: z.array(z.string()) }),
  countUnits: z.array(z.string().min(1)),
  maxReplyChars: z.number().int().positive().max(4096),
  maxListLines: z.number().int().positive(),
  maxOptions: z.number().int().positive(),
  acrossCacheSize: z.number().int().min(0),
});

export type AnswerConfig = z.infer<typeof answerConfigSchema>;

let cached: AnswerConfig | undefined;

/** intents/answer-config.json, validated once: a typo must fail at start-up, not mid-conversation. */
export function loadAnswerConfig(): AnswerConfig {
  if (cached) return cached;
  const path = fileURLToPath(new URL('../../intents/answer-config.json', import.meta.url));
  const parsed = answerConfigSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`Invalid ${path}: ${parsed.error.message}`);
  cached = parsed.data;
  return cached;
}
