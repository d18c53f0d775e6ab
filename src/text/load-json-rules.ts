import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

// Rule files are read once per process: matchers are built at start-up and questions must not touch the disk.
const cache = new Map<string, unknown>();

/**
 * Reads a JSON rule file and validates it, so a typo in a rule file fails loudly at start-up
 * (with the file name) instead of silently disabling a rule.
 */
export function loadJsonRules<S extends z.ZodType>(url: URL, schema: S): z.infer<S> {
  const path = fileURLToPath(url);
  if (cache.has(path)) return cache.get(path) as z.infer<S>;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`Invalid rule file ${path}: ${parsed.error.message}`);
  cache.set(path, parsed.data);
  return parsed.data as z.infer<S>;
}
