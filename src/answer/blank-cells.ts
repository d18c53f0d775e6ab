import type { Target } from './answer-target.ts';
import { msg } from './messages.ts';
import { textLine, type Line } from './reply-block.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportOf } from '../nlu/report-index.ts';
import type { FactSource } from '../model/fact-source.ts';

const BLANK = /^([^[=]+)(?:\[([^\]]*)\])?=blank$/;

/** A cell as the ingest names a blank one: "applications.received[applicant=commercial]=blank". */
function parseBlank(descriptor: string): { metric: string; dims: Record<string, string> } | null {
  const m = BLANK.exec(descriptor);
  if (!m?.[1]) return null;
  const dims = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
  return { metric: m[1], dims };
}

/**
 * Lines saying that the table cell asked about was left blank in the report: a blank is "not filled",
 * never 0, so the answer says so instead of a bare "not found".
 */
export function blankCellLines(lex: Lexicon, source: FactSource, t: Target): Line[] {
  if (!t.metric) return [];
  const report = reportOf(lex, t.agency, t.year);
  if (!report) return [];
  const asked = Object.entries(t.dims);
  for (const p of source.problems(report.id)) {
    if (p.code !== 'blank_cell') continue;
    const hit = (p.facts ?? []).map(parseBlank).some((b) => b !== null && b.metric === t.metric && asked.every(([k, v]) => b.dims[k] === v));
    if (hit) return [textLine(msg('figure.blank_cell', { section: p.section || msg('whole.report'), message: p.message }))];
  }
  return [];
}
