import type { ContextStore, FactSource } from '../../model/fact-source.ts';
import { ingestReports, type IngestSummary } from '../../store/ingest-reports.ts';
import { openStore } from '../../store/open-store.ts';
import { SqliteContextStore, SqliteFactSource } from '../../store/sqlite-fact-source.ts';
import { reportsDir, storePath } from '../../store/store-path.ts';

export interface LoadedSource {
  source: FactSource;
  contexts: ContextStore;
  /** What bringing the store up to date with data/reports did on open. */
  ingest: IngestSummary;
  close(): void;
}

/**
 * The fact source the command-line tools and the bot answer from: the SQLite store, first brought in
 * line with the report folder (unchanged files are skipped by content hash, so this is cheap).
 */
export function loadSource(): LoadedSource {
  const db = openStore(storePath());
  const ingest = ingestReports(db, reportsDir());
  return { source: new SqliteFactSource(db), contexts: new SqliteContextStore(db), ingest, close: () => db.close() };
}
