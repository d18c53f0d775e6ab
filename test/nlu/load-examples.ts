import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Reads a corpus file next to the rules (intents/entities/*.examples.json) and checks its shape. */
export function loadExamples<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const url = new URL(`../../intents/entities/${file}`, import.meta.url);
  return schema.parse(JSON.parse(readFileSync(url, 'utf8')));
}
