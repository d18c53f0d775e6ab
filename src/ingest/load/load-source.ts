import type { ContextStore, FactSource } from '../../model/fact-source.ts';
import { ingestFolder, type IngestSummary } from './ingest-folder.ts';
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
 * line with the report folder (unchanged files are skipped by content hash, so this is cheap), then
 * read through a read-only connection.
 */
export async function loadSource(): Promise<LoadedSource> {
  const path = storePath();
  const db = openStore(path);
  let ingest: IngestSummary;
  try {
    ingest = await ingestFolder(db, reportsDir());
  } catch (err) {
    db.close();
    throw err;
  }
  // Answers only read: they get a read-only connection, so no answer path can change a figure. Chat
  // context (and the bot's answered updates) keep the read-write one. An in-memory store has one connection.
  const readOnly = path === ':memory:' ? db : openStore(path, { readonly: true });
  const close = (): void => {
    if (readOnly !== db) readOnly.close();
    db.close();
  };
  return { source: new SqliteFactSource(readOnly), contexts: new SqliteContextStore(db), ingest, close };
}
