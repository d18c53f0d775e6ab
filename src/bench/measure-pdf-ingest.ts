import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runChildJson } from './child-process-json.ts';
import { convertDocuments, findSoffice } from './convert-documents.ts';
import type { IngestMeasure } from './measure-ingest.ts';

export interface PdfIngestMeasure {
  reports: number;
  convertS: number;
  ingest: IngestMeasure;
  reportsPerS: number;
}

/** How many corpus reports are converted: enough for the parser thread to start, few enough to convert in seconds. */
const SAMPLE = 40;

/**
 * Ingest speed for PDF input: the first reports of the corpus (text and web-page layouts alike),
 * converted to PDF by LibreOffice (not counted), then ingested into a fresh store in a process of its
 * own, as measure-ingest does for the corpus. Null when LibreOffice is not installed.
 */
export async function measurePdfIngest(reportsDir: string, workDir: string): Promise<PdfIngestMeasure | null> {
  if (!findSoffice()) return null;
  const sample = join(workDir, 'pdf-sample');
  const pdfs = join(workDir, 'pdf');
  for (const d of [sample, pdfs]) mkdirSync(d, { recursive: true });
  const files = readdirSync(reportsDir).sort().slice(0, SAMPLE);
  for (const f of files) copyFileSync(join(reportsDir, f), join(sample, f));
  const started = performance.now();
  convertDocuments(files.map((f) => join(sample, f)), 'pdf', pdfs);
  const convertS = (performance.now() - started) / 1000;
  const script = join(import.meta.dirname, 'measure-ingest.ts');
  const ingest = (await runChildJson<IngestMeasure>(script, [pdfs, join(workDir, 'pdf-store.sqlite')])).result;
  return { reports: readdirSync(pdfs).length, convertS, ingest, reportsPerS: ingest.loaded / ingest.ingestS };
}
