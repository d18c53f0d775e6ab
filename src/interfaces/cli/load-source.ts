import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '../../model/fact.ts';
import type { ContextStore, FactSource } from '../../model/fact-source.ts';
import { parseReportFile } from '../../ingest/parse-report.ts';
import { MemoryContextStore, MemoryFactSource } from '../../store/memory-fact-source.ts';

export interface LoadedSource {
  source: FactSource;
  contexts: ContextStore;
  close(): void;
}

export const REPORTS_DIR = process.env.REPORTS_DIR ?? join(process.cwd(), 'data', 'reports');

/** The fact source the command-line tools answer from. */
export function loadSource(): LoadedSource {
  const reports: ParsedReport[] = [];
  for (const name of readdirSync(REPORTS_DIR).sort()) {
    const { report } = parseReportFile(join(REPORTS_DIR, name));
    if (report) reports.push(report);
  }
  return { source: new MemoryFactSource(reports), contexts: new MemoryContextStore(), close: () => undefined };
}
