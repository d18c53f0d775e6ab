import * as OpenCC from 'opencc-js/cn2t';
import { activityOf } from './application-values.ts';
import { selfReference, shortName } from './agency-names.ts';
import type { GeneratedReport, ReportSpec } from './corpus-types.ts';
import { narrativeReport } from './narrative-report.ts';
import type { ReportDocument } from './report-document.ts';
import { renderHtmlReport } from './render-html-report.ts';
import { renderMarkdownReport } from './render-markdown-report.ts';
import { renderTextReport } from './render-text-report.ts';
import { createRandom, type Random } from './seeded-random.ts';
import { templateReport } from './template-report.ts';

// Mirror sites publish 繁體 copies (reference §4b); Hong Kong variants are what the tests use too.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

const EXTENSION: Record<ReportSpec['layout'], string> = { prose: 'txt', tab: 'txt', 'markdown-repeat': 'md', 'markdown-blank': 'md', html: 'html' };

function render(doc: ReportDocument, spec: ReportSpec, r: Random): string {
  if (spec.layout === 'html') return renderHtmlReport(doc, r);
  if (spec.layout === 'markdown-repeat' || spec.layout === 'markdown-blank') return renderMarkdownReport(doc, spec.layout === 'markdown-repeat' ? 'repeat' : 'blank');
  return renderTextReport(doc, r);
}

export function reportFileName(spec: ReportSpec): string {
  return `${spec.year}-${spec.agency}.${EXTENSION[spec.layout]}`;
}

/** One report of the corpus: the same seed and spec always give the same bytes and gold. */
export function generateReport(seed: number, spec: ReportSpec): GeneratedReport {
  const r = createRandom(seed, 'report', spec.agencyIndex, spec.year);
  const voice = { year: spec.year, self: selfReference(spec.agency), name: r.chance(0.5) ? shortName(spec.agency) : spec.agency };
  const activity = spec.activity ?? activityOf(seed, spec.agencyIndex);
  const built = spec.format === 'narrative'
    ? narrativeReport(r, spec.agency, spec.year, activity, voice, spec.inconsistent)
    : templateReport(r, { seed, agencyIndex: spec.agencyIndex, agency: spec.agency, year: spec.year, template: spec.format, voice, inconsistent: spec.inconsistent, activity });
  const rendered = render(built.doc, spec, r);
  const file = reportFileName(spec);
  const { agency, year } = spec;
  return {
    spec,
    file,
    content: spec.traditional ? toTraditional(rendered) : rendered,
    gold: built.doc.facts.map((f) => ({ file, agency, year, ...f })),
    inconsistency: built.inconsistency ? { file, agency, year, ...built.inconsistency } : null,
  };
}
