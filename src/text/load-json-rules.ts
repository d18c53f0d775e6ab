import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

// Rule files are read once per process: matchers are built at start-up and questions must not touch the disk.
// Keyed by file and schema: one file may be read through two schemas (intents/metrics.json gives the
// question words to nlu and the report labels to ingest), and each must get its own parse.
const cache = new Map<string, Map<z.ZodType, unknown>>();

/**
 * Reads a JSON rule file and validates it, so a typo in a rule file fails loudly at start-up
 * (with the file name) instead of silently disabling a rule.
 */
export function loadJsonRules<S extends z.ZodType>(url: URL, schema: S): z.infer<S> {
  const path = fileURLToPath(url);
  const bySchema = cache.get(path) ?? new Map<z.ZodType, unknown>();
  cache.set(path, bySchema);
  if (bySchema.has(schema)) return bySchema.get(schema) as z.infer<S>;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`Invalid rule file ${path}: ${parsed.error.message}`);
  bySchema.set(schema, parsed.data);
  return parsed.data as z.infer<S>;
}
