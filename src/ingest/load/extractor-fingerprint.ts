import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
// What decides the facts of a report besides its bytes: the extraction code (readers included), the
// text utilities and the vocabulary loader. Of the loader (ingest/load), which decides what is read and
// where it goes, only the glue that parses a file's bytes (on either thread) counts.
const DIRS = ['ingest', 'text', 'vocabulary'];
const SKIP = new Set(['ingest/load']);
// …and the rule data ingest reads (the place rules decide the name a report is stored under, the report
// labels in the metric catalogue which row or phrase gives which metric, the narrative rules what a
// figure in prose counts).
const FILES = ['ingest/load/parse-report-bytes.ts', '../intents/entities/agency-places.json', '../intents/metrics.json', '../intents/narrative-rules.json'];

/** The .ts files under `dir` (relative to src/), in a fixed order. */
function sourcesUnder(dir: string): string[] {
  if (SKIP.has(dir)) return [];
  return readdirSync(join(SRC, dir), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? sourcesUnder(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
}

let cached: string | null = null;

/**
 * A hash of the code that turns a report into facts. Stored with each report's content hash, so a
 * report is re-read when either its file or the extractor changed, and never skipped on stale facts.
 */
export function extractorFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const file of [...DIRS.flatMap(sourcesUnder), ...FILES]) hash.update(file).update(readFileSync(join(SRC, file)));
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
