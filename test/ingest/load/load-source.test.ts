import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/ingest/load/load-source.ts';

const dirs: string[] = [];
const saved = process.env.STORE_PATH;
afterEach(() => {
  process.env.STORE_PATH = saved;
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('loadSource on a store file', () => {
  it('answers through a read-only connection and keeps chat context writable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'load-'));
    dirs.push(dir);
    process.env.STORE_PATH = join(dir, 'store.sqlite');
    const loaded = await loadSource();
    try {
      expect(loaded.source.facts({ agency: '张店区科学技术局', year: 2018, metrics: ['proactive.total'] }).map((f) => f.value)).toEqual([50]);
      const db = (loaded.source as unknown as { db: { prepare(sql: string): { run(): unknown } } }).db;
      expect(() => db.prepare('DELETE FROM facts').run()).toThrow(/readonly/);
      loaded.contexts.set('chat-1', { agency: '张店区科学技术局', updatedAt: 1 });
      expect(loaded.contexts.get('chat-1')?.agency).toBe('张店区科学技术局');
    } finally {
      loaded.close();
    }
  });
});
