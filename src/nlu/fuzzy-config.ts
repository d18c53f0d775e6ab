import { z } from 'zod';
import { loadJsonRules } from '../text/load-json-rules.ts';

const score = z.number().min(0).max(1);

const fuzzyConfigSchema = z.object({
  agency: z.object({
    minScore: score,
    minDistinctScore: score,
    minFieldScore: score,
    minBranchScore: score,
    ambiguityMargin: score,
    closestLimit: z.number().int().min(0),
    closestMinScore: score,
  }),
  metric: z.object({ fuseThreshold: score, minTermLength: z.number().int().positive() }),
});

export type FuzzyConfig = z.infer<typeof fuzzyConfigSchema>;

export function loadFuzzyConfig(): FuzzyConfig {
  return loadJsonRules(new URL('../../intents/entities/fuzzy-config.json', import.meta.url), fuzzyConfigSchema);
}
