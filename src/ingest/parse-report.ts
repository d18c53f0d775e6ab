import type { ParsedReport, Problem } from '../model/fact.ts';
import { checkReportConsistency } from './check-report-consistency.ts';
import { extractApplicationTable } from './extract-application-table.ts';
import { extractArt20Tables } from './extract-art20-tables.ts';
import { extractNarrativeFacts } from './extract-narrative-facts.ts';
import { extractReviewTable } from './extract-review-table.ts';
import { assignPages } from './fact-pages.ts';
import { attachmentNames } from './attachment-names.ts';
import type { FactContext } from './fact-context.ts';
import { normaliseText } from './normalise-text.ts';
import { parseReportMeta } from './parse-report-meta.ts';
import { readReport } from './read-report.ts';
import { splitSections, subMarkers } from './split-sections.ts';
import { tableCells } from './table-cells.ts';

export interface ParseResult {
  report: ParsedReport | null;
  problems: Problem[];
}

/** read → normalise → sections → facts → checks, for text already decoded. Never throws for bad content. */
export function parseReportText(file: string, original: string): ParseResult {
  const { text, map } = normaliseText(original);
  const sections = splitSections(text);
  const { meta, problems } = parseReportMeta(file, text, sections);
  if (!meta) return { report: null, problems };
  if (sections.length === 0) {
    problems.push({ code: 'no_sections', file, severity: 'warning', section: '', message: 'no numbered sections (一、二、…) were found; figures are kept without a section' });
  }
  const ctx: FactContext = { file, text, original, map, sections, markers: subMarkers(text), year: meta.year };
  const cells = tableCells(text);
  const parts = [extractApplicationTable(ctx, cells), extractReviewTable(ctx, cells), extractArt20Tables(ctx, cells), extractNarrativeFacts(ctx)];
  const facts = parts.flatMap((p) => p.facts);
  assignPages(original, facts);
  problems.push(...parts.flatMap((p) => p.problems), ...checkReportConsistency(file, meta, text, sections, facts));
  if (facts.length === 0) {
    // A saved page whose report is its attachment: stored, it would stand in for the attachment itself
    // (same agency and year) and hold no figures, so it is refused with the file to add instead.
    const attached = attachmentNames(text);
    if (attached.length > 0) {
      const message = `this page holds no figures: the report is in its attachment ${attached.map((a) => `“${a}”`).join(', ')}; put that file in data/reports/ (PDF, DOCX and DOC files load)`;
      return { report: null, problems: [...problems, { code: 'report_in_attachment', file, severity: 'error', section: '', message }] };
    }
    problems.push({ code: 'no_facts', file, severity: 'warning', section: '', message: 'no figures were found in this report' });
  }
  return { report: { file, meta, sections, facts, problems, text, original }, problems };
}

export async function parseReportFile(path: string): Promise<ParseResult> {
  const read = await readReport(path);
  if (!read.ok) return { report: null, problems: [read.problem] };
  try {
    return parseReportText(read.file, read.text);
  } catch (err) {
    // A parser bug on one file must not stop the others from loading.
    const message = err instanceof Error ? err.message : String(err);
    return { report: null, problems: [{ code: 'parse_failed', file: read.file, severity: 'error', section: '', message: `the parser failed on this file: ${message}` }] };
  }
}
