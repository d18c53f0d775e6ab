import { rmSync, statSync } from 'node:fs';
import { ingestFolder } from '../ingest/load/ingest-folder.ts';
import { openStore } from '../store/open-store.ts';
import { isMain } from './child-process-json.ts';

export interface IngestMeasure {
  reports: number;
  facts: number;
  sections: number;
  problems: number;
  loaded: number;
  failed: number;
  failedExamples: string[];
  ingestS: number;
  peakRssMb: number;
  storeMb: number;
}

function storeMb(path: string): number {
  const size = (p: string): number => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
  return (size(path) + size(`${path}-wal`) + size(`${path}-shm`)) / 1e6;
}

/**
 * Ingest the folder into a fresh store. Run in its own process, so that the kernel's peak RSS
 * (resourceUsage().maxRSS) is the peak of the ingest run alone.
 */
export async function measureIngest(reportsDir: string, store: string): Promise<IngestMeasure> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${store}${suffix}`, { force: true });
  const started = performance.now();
  const db = openStore(store);
  const summary = await ingestFolder(db, reportsDir);
  db.close();
  const ingestS = (performance.now() - started) / 1000;
  return {
    reports: summary.reports, facts: summary.facts, sections: summary.sections, problems: summary.problems,
    loaded: summary.loaded.length, failed: summary.failed.length,
    failedExamples: summary.failed.slice(0, 5).map((f) => `${f.file}: ${f.problems[0]?.message ?? ''}`),
    ingestS, peakRssMb: Math.max(process.resourceUsage().maxRSS / 1024, process.memoryUsage().rss / 1e6), storeMb: storeMb(store),
  };
}

if (isMain(import.meta.url)) {
  const [dir, store] = process.argv.slice(2);
  if (!dir || !store) throw new Error('usage: measure-ingest.ts <reports dir> <store path>');
  console.log(JSON.stringify(await measureIngest(dir, store)));
}
