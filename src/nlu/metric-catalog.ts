import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { loadJsonRules } from '../text/load-json-rules.ts';

const metricSchema = z.object({
  key: z.string().min(1),
  label: z.string(),
  unit: z.string(),
  synonyms: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
  fallback: z.array(z.string().min(1)),
});

const dimensionValueSchema = z.object({
  key: z.string().min(1),
  label: z.string(),
  synonyms: z.array(z.string().min(1)),
  /** English words for the same value ("by letter" is 信函), matched at word boundaries. */
  en: z.array(z.string().min(1)).default([]),
});

const metricCatalogSchema = z.object({
  metrics: z.array(metricSchema).min(1),
  dimensions: z.record(z.string(), z.array(dimensionValueSchema)),
});

export type MetricDefinition = z.infer<typeof metricSchema>;
export type DimensionValue = z.infer<typeof dimensionValueSchema>;
export type MetricCatalog = z.infer<typeof metricCatalogSchema>;

/** Validates a parsed catalogue (e.g. one built in a test) with the same rules as the file. */
export function parseMetricCatalog(data: unknown): MetricCatalog {
  return metricCatalogSchema.parse(data);
}

/** intents/metrics.json, validated; read once per path. */
export function loadMetricCatalog(path: string | URL = new URL('../../intents/metrics.json', import.meta.url)): MetricCatalog {
  const url = typeof path === 'string' ? pathToFileURL(resolve(path)) : path;
  return loadJsonRules(url, metricCatalogSchema);
}
