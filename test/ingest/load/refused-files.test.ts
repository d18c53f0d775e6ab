import { closeSync, copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../../src/ingest/load/ingest-folder.ts';
import { openStore } from '../../../src/store/open-store.ts';
import { minimalPdf } from '../../fixtures/minimal-pdf.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');
const para = { text: 'The annual report on government information disclosure, in plain words.', x: 72, y: 700 };
const whole = minimalPdf([[para]]);

// Each bad file beside the seeds: it fails by name with its code, and the store holds what the seeds alone give.
const BAD: { file: string; code: string; write: (path: string) => void }[] = [
  { file: 'scanned.pdf', code: 'no_text_layer', write: (p) => writeFileSync(p, minimalPdf([[], [], []])) },
  { file: 'locked.pdf', code: 'encrypted_file', write: (p) => writeFileSync(p, minimalPdf([[para]], { encrypted: true })) },
  { file: 'empty-pages.pdf', code: 'no_pages', write: (p) => writeFileSync(p, minimalPdf([])) },
  { file: 'cut.pdf', code: 'truncated_file', write: (p) => writeFileSync(p, whole.subarray(0, whole.length - 40)) },
  { file: 'broken.docx', code: 'unreadable_docx', write: (p) => writeFileSync(p, 'PK\u0003\u0004 not a zip') },
  { file: 'broken.doc', code: 'unreadable_doc', write: (p) => writeFileSync(p, Buffer.alloc(4096, 7)) },
  {
    // Sparse: 200 MB as far as stat is concerned, no disk used; refused before it is read.
    file: 'huge.pdf',
    code: 'file_too_large',
    write: (p) => {
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 200 * 1024 * 1024);
      closeSync(fd);
    },
  },
];

let dir = '';
const factRows = (path: string) => {
  const db = openStore(path);
  const rows = db.prepare('SELECT r.file, f.metric, f.dims, f.value, f.quote FROM facts f JOIN reports r ON r.id = f.report_id ORDER BY r.file, f.id').all();
  db.close();
  return rows;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'refused-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad PDF, DOCX and DOC files', () => {
  it('each fails by name with its reason; the seeds still load and the store holds exactly their facts', async () => {
    const reports = join(dir, 'reports');
    const storePath = join(dir, 'store.sqlite');
    const seedsOnly = join(dir, 'seeds.sqlite');
    for (const folder of [reports, join(dir, 'seeds')]) {
      mkdirSync(folder);
      for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(folder, f));
    }
    for (const b of BAD) b.write(join(reports, b.file));
    const db = openStore(storePath);
    const summary = await ingestFolder(db, reports);
    db.close();
    expect(summary.loaded).toHaveLength(readdirSync(SEEDS).length);
    expect(Object.fromEntries(summary.failed.map((f) => [f.file, f.problems.map((p) => p.code)]))).toEqual(Object.fromEntries(BAD.map((b) => [b.file, [b.code]])));
    const clean = openStore(seedsOnly);
    await ingestFolder(clean, join(dir, 'seeds'));
    clean.close();
    expect(factRows(storePath)).toEqual(factRows(seedsOnly));
  }, 60_000);
});
