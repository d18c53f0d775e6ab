import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../../src/ingest/load/ingest-folder.ts';
import { parseReportBytes } from '../../../src/ingest/load/parse-report-bytes.ts';
import { createEngine } from '../../../src/answer/create-engine.ts';
import { openStore } from '../../../src/store/open-store.ts';
import { MemoryContextStore } from '../../../src/store/memory-fact-source.ts';
import { SqliteFactSource } from '../../../src/store/sqlite-fact-source.ts';
import { convertDocuments, findSoffice } from '../../../src/bench/convert-documents.ts';
import { consistentValues, templateReportHtml } from '../../fixtures/template-report-html.ts';

// The same report as PDF, DOCX and DOC, converted at test time by LibreOffice (which .ci/run installs;
// CI sets REQUIRE_SOFFICE=1 so that a missing converter fails instead of skipping).
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');
const soffice = findSoffice();
if (!soffice && process.env.REQUIRE_SOFFICE === '1') throw new Error('REQUIRE_SOFFICE=1 but LibreOffice (soffice) is not installed');

const signature = async (path: string): Promise<string[]> => {
  const parsed = await parseReportBytes(path, readFileSync(path));
  const { report } = parsed;
  if (!report) return parsed.problems.map((p) => `${p.code}: ${p.message}`);
  return [`${report.meta.agency} ${report.meta.year}`, ...report.facts.map((f) => `${f.metric}${JSON.stringify(f.dims)}=${f.value}`).sort()];
};

let dir = '';
const sources = (): string[] => readdirSync(join(dir, 'text')).map((f) => join(dir, 'text', f));
const converted = (source: string, ext: string): string => join(dir, ext, `${basename(source, extname(source))}.${ext}`);

describe.skipIf(!soffice)('reports converted to PDF, DOCX and DOC give the facts of their text', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'converted-'));
    for (const sub of ['text', 'pdf', 'docx', 'doc']) mkdirSync(join(dir, sub));
    for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, 'text', f));
    // A template report as published on a page (its tables ruled, cells spanning rows), without the site's
    // menu (the breadcrumb stays: LibreOffice drops a heading that opens the page, and the title with it).
    const page = templateReportHtml('张店区教育局', 2021, consistentValues()).replace(/<div class="nav">.*?<\/div>/gs, '');
    writeFileSync(join(dir, 'text', '2021-张店区教育局.html'), page);
    // The same tables with every cell centred, as Word tables often are: wrapped lines share their middle.
    const centred = templateReportHtml('张店区民政局', 2022, consistentValues()).replace(/<div class="nav">.*?<\/div>/gs, '').replaceAll('<td', '<td align="center"');
    writeFileSync(join(dir, 'text', '2022-张店区民政局.html'), centred);
    for (const target of ['pdf', 'docx', 'doc'] as const) convertDocuments(sources(), target, join(dir, target));
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converted every report', () => {
    for (const ext of ['pdf', 'docx', 'doc']) for (const s of sources()) expect(existsSync(converted(s, ext)), converted(s, ext)).toBe(true);
  });

  it.each(['pdf', 'docx', 'doc'])('%s: every report, narrative and template tables alike', async (ext) => {
    for (const source of sources()) {
      const expected = await signature(source);
      expect(expected.length, source).toBeGreaterThan(5);
      expect(await signature(converted(source, ext)), converted(source, ext)).toEqual(expected);
    }
  });

  it('pdf: every fact carries the page its quote is on, and a citation names it', async () => {
    const pagesSeen = new Set<number>();
    for (const source of sources()) {
      const pdf = converted(source, 'pdf');
      const { report } = await parseReportBytes(pdf, readFileSync(pdf));
      const pageCount = (report?.original.match(/\f/g)?.length ?? 0) + 1;
      const facts = [...(report?.facts ?? [])].sort((a, b) => a.start - b.start);
      for (const f of facts) {
        expect(f.page, `${pdf} ${f.metric}`).toBeGreaterThanOrEqual(1);
        expect(f.page).toBeLessThanOrEqual(pageCount);
        // The page is the one the quote's offset falls on.
        expect(report?.original.slice(0, f.start).split('\f').length).toBe(f.page);
        pagesSeen.add(f.page ?? 0);
      }
    }
    expect(pagesSeen.size).toBeGreaterThan(2);
    const db = openStore(':memory:');
    await ingestFolder(db, join(dir, 'pdf'));
    const engine = createEngine({ source: new SqliteFactSource(db), contexts: new MemoryContextStore() });
    const reply = engine.ask('区政府办公室2023年收到多少申请', 'pdf-chat');
    db.close();
    expect(reply.status).toBe('answered');
    expect(reply.text).toMatch(/来源：《[^》]+》（第\d+页）/);
  });

  it('pdf: ingest stores the same facts whether the parser thread reads the PDFs or this one does', async () => {
    const facts = async (parseThread: 'always' | 'never') => {
      const db = openStore(':memory:');
      const summary = await ingestFolder(db, join(dir, 'pdf'), { parseThread });
      const rows = db.prepare('SELECT r.file, f.metric, f.dims, f.value, f.quote FROM facts f JOIN reports r ON r.id = f.report_id ORDER BY r.file, f.id').all();
      db.close();
      return { loaded: summary.loaded, failed: summary.failed, rows };
    };
    const here = await facts('never');
    expect(here.loaded.length).toBe(sources().length);
    expect(await facts('always')).toEqual(here);
  });
});
