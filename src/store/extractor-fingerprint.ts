import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
// What decides the facts of a report besides its bytes: the extraction code and the text utilities,
// and the store's glue that parses a file's bytes (on either thread).
const DIRS = ['ingest', 'text'];
// …and the rule data ingest reads (the place rules decide the name a report is stored under).
const FILES = ['store/parse-report-bytes.ts', '../intents/entities/agency-places.json'];

let cached: string | null = null;

/**
 * A hash of the code that turns a report into facts. Stored with each report's content hash, so a
 * report is re-read when either its file or the extractor changed, and never skipped on stale facts.
 */
export function extractorFingerprint(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const dir of DIRS) {
    for (const name of readdirSync(join(SRC, dir)).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(name).update(readFileSync(join(SRC, dir, name)));
    }
  }
  for (const file of FILES) hash.update(file).update(readFileSync(join(SRC, file)));
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
