import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';

export type Db = Database.Database;

export class StoreVersionError extends Error {}

function userVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Apply every migration newer than the store, all in one transaction. */
export function migrate(db: Db): void {
  const current = userVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new StoreVersionError(
      `the store was written by a newer version of this program (schema ${current}, this program knows up to ${SCHEMA_VERSION}); update the program or rebuild the store with npm run ingest after deleting it`,
    );
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}

/** Open (and create or migrate) the store. Read-only opens check the version but change nothing. */
export function openStore(path: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (options.readonly) {
    const v = userVersion(db);
    if (v !== SCHEMA_VERSION) {
      db.close();
      throw new StoreVersionError(`the store at ${path} has schema ${v}, this program needs ${SCHEMA_VERSION}; run npm run ingest`);
    }
    return db;
  }
  if (path !== ':memory:') {
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL still never corrupts the store and loses nothing when the process dies
    // (kill -9); only a power cut may undo the last commits. It spares an fsync per commit: every
    // answer saves the chat's context, and ingest commits in batches.
    db.pragma('synchronous = NORMAL');
  }
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
