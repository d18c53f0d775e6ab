import { join } from 'node:path';

/** Where the store lives: STORE_PATH, else data/store.sqlite under the working directory. */
export function storePath(): string {
  return process.env.STORE_PATH ?? join(process.cwd(), 'data', 'store.sqlite');
}

export function reportsDir(): string {
  return process.env.REPORTS_DIR ?? join(process.cwd(), 'data', 'reports');
}
