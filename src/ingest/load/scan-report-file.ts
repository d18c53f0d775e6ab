import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../../model/fact.ts';
import type { ReadFrom } from '../../store/write-report.ts';

/** A report file as listed at the start of the run. */
export interface Listed {
  file: string;
  size: number;
  mtimeMs: number;
}

/** What the store says about a file it holds a report of. */
export interface Stored {
  content_hash: string;
  file_size: number | null;
  file_mtime_ms: number | null;
  extractor: string | null;
}

/** What scanning a file needs, the same for every file of a run. */
export interface ScanContext {
  dir: string;
  stored: Map<string, Stored>;
  fingerprint: string;
  /** Date.now() when the run started listing the folder. */
  startedAt: number;
}

/** What ingest has to do with a file, decided before it is parsed. */
export type Scanned =
  /** Same size and mtime as when this extractor read it: not read at all. */
  | { kind: 'unchanged' }
  /** Read and hashed: the bytes (and extractor) the store holds; at most its stats need updating. */
  | { kind: 'same-bytes'; from: ReadFrom; stored: Stored }
  /** New or changed: to be parsed and written. */
  | { kind: 'changed'; path: string; bytes: Buffer; from: ReadFrom }
  /** Reading it threw (the error is the file's problem, as when hashing it threw before). */
  | { kind: 'unreadable'; error: unknown }
  /** Not read at all, for the reason the problem gives (too large). */
  | { kind: 'refused'; problem: Problem };

/**
 * A larger file is refused unread: the largest real report seen is a few MB, and reading, hashing and
 * parsing hundreds of MB (a scan, a bundle of attachments) would hold that much memory for nothing.
 */
export const MAX_REPORT_BYTES = 100 * 1024 * 1024;

/**
 * A file whose mtime is this close to the start of the run could be written again within the same
 * mtime tick (coarse on some file systems: 2 s on FAT) without its mtime changing. Its mtime is not
 * stored, so the next run hashes it again rather than trusting it ("racily clean", as git calls it).
 */
const RACY_MS = 2000;

/** The file's bytes and the extractor that read them: either changing means the facts may change. */
function hashOf(bytes: Uint8Array, fingerprint: string): string {
  return createHash('sha256').update(bytes).update(fingerprint).digest('hex');
}

/** False when the store holds this file as it is now, by size, mtime and extractor: no need to read it. */
export function needsReading(ctx: ScanContext, { file, size, mtimeMs }: Listed): boolean {
  const stored = ctx.stored.get(file);
  return !(stored && stored.file_mtime_ms !== null && stored.file_mtime_ms === mtimeMs && stored.file_size === size && stored.extractor === ctx.fingerprint);
}

/** Pre-check, then (if needed) read the file once and hash it; no parsing, no writing. */
export async function scanReportFile(ctx: ScanContext, listed: Listed): Promise<Scanned> {
  if (!needsReading(ctx, listed)) return { kind: 'unchanged' };
  const { file, size, mtimeMs } = listed;
  if (size > MAX_REPORT_BYTES) {
    const message = `the file is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_REPORT_BYTES / 1024 / 1024} MB a report may be; it was not read`;
    return { kind: 'refused', problem: { code: 'file_too_large', file, severity: 'error', section: '', message } };
  }
  const path = join(ctx.dir, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { kind: 'unreadable', error };
  }
  const from: ReadFrom = {
    contentHash: hashOf(bytes, ctx.fingerprint),
    size,
    // Not trusted if the file was written during the run or just before it, or while it was read.
    mtimeMs: bytes.length === size && mtimeMs < ctx.startedAt - RACY_MS ? mtimeMs : null,
    extractor: ctx.fingerprint,
  };
  const stored = ctx.stored.get(file);
  if (stored?.content_hash === from.contentHash) return { kind: 'same-bytes', from, stored };
  return { kind: 'changed', path, bytes, from };
}
