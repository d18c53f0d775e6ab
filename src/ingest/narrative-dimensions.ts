import type { NARRATIVE_DIMENSION_FAMILIES } from '../vocabulary/narrative-rule-schema.ts';
import { reportLabelsOn } from '../vocabulary/report-labels.ts';

/** A dimension's values as narrative sentences write them: [pattern, value key]. */
export type DimensionWords = [RegExp, string][];

type NarrativeFamily = (typeof NARRATIVE_DIMENSION_FAMILIES)[number];

/** The words of one family, which must all be on values of `dimension` (a figure rule's dims name them). */
export const dimensionWords = (family: NarrativeFamily, dimension: string): DimensionWords =>
  reportLabelsOn(family, dimension).map((rule) => [new RegExp(rule.pattern), rule.key]);

// The words are data: these families of report rules in intents/metrics.json.
export const CHANNEL_DIMS = dimensionWords('application-channel', 'channel');
export const PROACTIVE_CHANNEL = dimensionWords('proactive-channel', 'channel');
export const LEVEL_DIMS = dimensionWords('application-level', 'level');
export const KIND_DIMS = dimensionWords('interpretation-kind', 'kind');

/**
 * The value a text names: only when exactly one value's words are in it ("区政府及各镇街共受理" names
 * two levels, so neither is taken).
 */
export function dimensionHit(words: DimensionWords, text: string): string | null {
  const hits = words.filter(([re]) => re.test(text));
  return hits.length === 1 && hits[0] ? hits[0][1] : null;
}
