import { z } from 'zod';
import { loadJsonRules } from '../text/load-json-rules.ts';

const metricRulesSchema = z.object({
  labelNumbering: z.string().refine((s) => {
    try {
      return new RegExp(s) instanceof RegExp;
    } catch {
      return false;
    }
  }, 'labelNumbering must be a valid regular expression'),
  minLabelLength: z.number().int().positive(),
  exclusiveDimensions: z.array(z.string().min(1)),
});

export type MetricRules = z.infer<typeof metricRulesSchema>;

export function loadMetricRules(): MetricRules {
  return loadJsonRules(new URL('../../intents/entities/metric-rules.json', import.meta.url), metricRulesSchema);
}
