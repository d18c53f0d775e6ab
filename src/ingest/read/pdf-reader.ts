import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReaderOutcome, ReportReader } from './report-readers.ts';
import { pdfPagesToText, type PdfPage } from './pdf-lines.ts';

// pdf.js reads Chinese fonts that are not embedded through its CMaps, which it loads from a plain
// directory path (not a URL) under Node; both folders ship with pdfjs-dist, so this works offline.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAPS = `${join(PDFJS_DIR, 'cmaps')}/`;
const FONTS = `${join(PDFJS_DIR, 'standard_fonts')}/`;

/** Fewer characters than this on average per page: the pages are images (a scan), not text. */
const MIN_CHARS_PER_PAGE = 20;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
// Loaded on the first PDF only: a folder of text reports never pays for pdf.js.
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const failure = (code: string, message: string): ReaderOutcome => ({ ok: false, code, message });

/** A file cut short (an interrupted download) has no end-of-file marker in its last bytes. */
function truncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return !tail.includes('%%EOF');
}

async function pagesOf(bytes: Uint8Array): Promise<PdfPage[]> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay whole.
  const task = getDocument({ data: new Uint8Array(bytes), cMapUrl: CMAPS, cMapPacked: true, standardFontDataUrl: FONTS, isEvalSupported: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((i) => ('str' in i ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, height: i.height }] : []));
      pages.push({ items, width: page.view[2] ?? 0, height: page.view[3] ?? 0 });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function whyUnreadable(err: unknown): ReaderOutcome {
  const name = (err as { name?: string }).name ?? '';
  if (name === 'PasswordException') return failure('encrypted_file', 'the PDF is password-protected: save a copy without a password and put that in data/reports/');
  return failure('unreadable_pdf', `not a readable PDF (${err instanceof Error ? err.message : String(err)})`);
}

/** PDF → text with each table row on one line (see pdf-lines.ts); scans, encrypted and cut-short files fail by name. */
export const pdfReader: ReportReader = {
  format: 'pdf',
  async read(bytes) {
    if (truncated(bytes)) return failure('truncated_file', 'the PDF ends before its end-of-file marker (%%EOF): the file was cut short; download it again');
    let pages: PdfPage[];
    try {
      pages = await pagesOf(bytes);
    } catch (err) {
      return whyUnreadable(err);
    }
    if (pages.length === 0) return failure('no_pages', 'the PDF has no pages');
    const text = pdfPagesToText(pages);
    if (text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * pages.length) {
      return failure('no_text_layer', `no text layer (scanned?): ${pages.length} page(s) with almost no text; a scanned report needs OCR first`);
    }
    return { ok: true, text, encoding: 'pdf' };
  },
};
