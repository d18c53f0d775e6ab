import type { Db } from './open-store.ts';

/**
 * The update ids the bot has answered, kept in the store so they survive a crash. `claim` before
 * handling an update (false: answered already, or being answered right now by a duplicate
 * delivery in this run), `done` right after the reply went out. Only the newest `keep` ids are
 * kept: Telegram redelivers just the updates of the last unconfirmed batch (at most 100).
 */
export class AnsweredUpdates {
  private readonly inFlight = new Set<number>();
  private sincePrune = 0;

  constructor(
    private readonly db: Db,
    private readonly keep = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  claim(updateId: number): boolean {
    if (this.inFlight.has(updateId)) return false;
    if (this.db.prepare('SELECT 1 FROM answered_updates WHERE update_id = ?').get(updateId)) return false;
    this.inFlight.add(updateId);
    return true;
  }

  done(updateId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO answered_updates (update_id, at) VALUES (?, ?)').run(updateId, this.now());
    this.inFlight.delete(updateId);
    this.sincePrune += 1;
    if (this.sincePrune >= 1000) this.prune();
  }

  prune(): void {
    this.sincePrune = 0;
    this.db.prepare('DELETE FROM answered_updates WHERE update_id <= (SELECT update_id FROM answered_updates ORDER BY update_id DESC LIMIT 1 OFFSET ?)').run(this.keep);
  }
}
