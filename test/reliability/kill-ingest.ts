import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface KillResult {
  /** True when SIGKILL ended the ingest (false: it finished first, the round proves nothing). */
  killed: boolean;
  /** Reports the killed run had committed (ingested since it started). */
  committed: number;
}

/** Reports written since `since` (ISO time), read from a separate read-only connection. */
function committedSince(storePath: string, since: string): number {
  try {
    const db = new Database(storePath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM reports WHERE ingested_at >= ?').get(since) as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // busy or not yet readable: try again on the next tick
  }
}

/**
 * `npm run ingest` as a child process on `reportsDir`, killed with SIGKILL once `killAfter`
 * reports have committed (or after `maxMs`, whichever is first).
 */
export async function killIngest(storePath: string, reportsDir: string, killAfter: number, maxMs = 30_000): Promise<KillResult> {
  const since = new Date().toISOString();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/interfaces/cli/ingest-command.ts'], {
    cwd: ROOT,
    env: { ...process.env, STORE_PATH: storePath, REPORTS_DIR: reportsDir },
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const started = Date.now();
  let done = false;
  void exited.then(() => (done = true));
  while (!done && Date.now() - started < maxMs && committedSince(storePath, since) < killAfter) await new Promise((r) => setTimeout(r, 10));
  if (!done) child.kill('SIGKILL');
  const signal = await exited;
  return { killed: signal === 'SIGKILL', committed: committedSince(storePath, since) };
}
