import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseReportText } from '../../src/ingest/parse-report.ts';
import { ingestFolder } from '../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../src/store/open-store.ts';
import { renamed } from '../fixtures/malformed-reports/malformed-reports.ts';
import { kindOf, nameOf, versionOf, writeVersionedCorpus } from '../fixtures/malformed-reports/versioned-corpus.ts';
import { killIngest } from './kill-ingest.ts';
import { signatureOf, storedSignatures } from './report-signatures.ts';

/** What a fresh parse of version `v` of a report of `kind` gives (the agency's name does not matter). */
function expectedSignature(kind: 'small' | 'table', v: number): string {
  const parsed = parseReportText('x.txt', renamed(versionOf(kind, v), nameOf(kind === 'table' ? 0 : 1)));
  return signatureOf(parsed.report?.facts ?? []);
}

/**
 * kill -9 of `npm run ingest` while it rewrites `files` reports to a new version, once per entry
 * of `killPoints` (the number of reports committed when the kill lands), then a full ingest.
 */
export function describeIngestKill(files: number, killPoints: number[]): void {
  let dir: string;
  let storePath: string;
  let reports: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-kill-'));
    storePath = join(dir, 'store.sqlite');
    reports = join(dir, 'reports');
    mkdirSync(reports);
    writeVersionedCorpus(reports, files, 0);
    const db = openStore(storePath);
    expect((await ingestFolder(db, reports)).loaded).toHaveLength(files);
    db.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${killPoints.length} kill -9 during ingest of ${files} reports: store intact, each report old or new, never mixed`, async () => {
    const figures: string[] = [];
    for (const [round, killAfter] of killPoints.entries()) {
      const v = round + 1;
      const names = writeVersionedCorpus(reports, files, v);
      const result = await killIngest(storePath, reports, killAfter);
      const db: Db = openStore(storePath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = storedSignatures(db);
      expect(stored.size).toBe(files);
      const old = { small: expectedSignature('small', v - 1), table: expectedSignature('table', v - 1) };
      const fresh = { small: expectedSignature('small', v), table: expectedSignature('table', v) };
      // The versions differ, so a report can only match one of them (or neither, if it were mixed).
      expect(fresh.small).not.toBe(old.small);
      expect(fresh.table).not.toBe(old.table);
      const state = names.map((file, i) => {
        const sig = stored.get(file);
        return sig === fresh[kindOf(i)] ? 'new' : sig === old[kindOf(i)] ? 'old' : 'mixed';
      });
      const count = (s: string) => state.filter((x) => x === s).length;
      figures.push(`kill at ${killAfter}: killed=${result.killed} new=${count('new')} old=${count('old')} mixed=${count('mixed')}`);
      expect(result.killed).toBe(true);
      expect(count('mixed')).toBe(0);
      expect(count('new')).toBeGreaterThanOrEqual(killAfter);
      expect(count('old')).toBeGreaterThan(0);
      // Ingesting again finishes the job: every report at the new version, none counted twice.
      const after = await ingestFolder(db, reports);
      expect(after.failed).toEqual([]);
      expect([...storedSignatures(db)].every(([file, sig]) => sig === fresh[kindOf(names.indexOf(file))])).toBe(true);
      expect(after.reports).toBe(files);
      db.close();
    }
    console.log(`ingest-kill (${files} reports): ${figures.join('; ')}`);
  }, 300_000);
}
