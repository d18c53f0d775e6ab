import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AnsweredUpdates } from '../../src/store/answered-updates.ts';
import { openStore } from '../../src/store/open-store.ts';

it('remembers answered updates across a reopen, refuses one in flight, keeps only the newest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'answered-'));
  const path = join(dir, 'store.sqlite');
  try {
    const db = openStore(path);
    const answered = new AnsweredUpdates(db, 5);
    expect(answered.claim(1)).toBe(true);
    expect(answered.claim(1)).toBe(false); // the same update delivered twice in one batch
    answered.done(1);
    for (let id = 2; id <= 20; id += 1) if (answered.claim(id)) answered.done(id);
    answered.prune();
    db.close();
    const again = openStore(path);
    const reopened = new AnsweredUpdates(again, 5);
    expect(reopened.claim(20)).toBe(false);
    expect(reopened.claim(16)).toBe(false);
    expect(reopened.claim(15)).toBe(true); // pruned: older than the newest 5
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
