import type { StoredFact } from '../../model/fact-source.ts';
import { loadSource } from '../../ingest/load/load-source.ts';
import { parseArgs } from './parse-args.ts';

const COLUMNS = ['agency', 'year', 'metric', 'dims', 'label', 'value', 'unit', 'qualifier', 'scope', 'derived', 'section', 'subsection', 'quote', 'report'] as const;

function record(f: StoredFact): Record<(typeof COLUMNS)[number], string | number | boolean | null> {
  return {
    agency: f.agency, year: f.year, metric: f.metric, dims: Object.entries(f.dims).map(([k, v]) => `${k}=${v}`).join(';'),
    label: f.label, value: f.value, unit: f.unit, qualifier: f.qualifier, scope: f.scope, derived: f.derived,
    section: f.section, subsection: f.subPath.join(' / '), quote: f.quote, report: f.reportTitle,
  };
}

function csvCell(v: string | number | boolean | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** npm run facts -- [--agency X] [--year Y] [--format csv|jsonl]: every stored figure, for a spreadsheet. */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const format = args.format ?? 'jsonl';
  if (format !== 'csv' && format !== 'jsonl') {
    console.error(`unknown --format ${format}: use csv or jsonl`);
    return 2;
  }
  const { source, close } = await loadSource();
  try {
    const year = args.year ? Number(args.year) : undefined;
    const facts = source.facts({ year }).filter((f) => !args.agency || f.agency.includes(args.agency));
    const out: string[] = [];
    // Excel reads a CSV as UTF-8 only when it starts with a byte-order mark.
    if (format === 'csv') out.push(`\uFEFF${COLUMNS.join(',')}`);
    for (const f of facts) {
      const r = record(f);
      out.push(format === 'csv' ? COLUMNS.map((c) => csvCell(r[c])).join(',') : JSON.stringify(r));
    }
    process.stdout.write(out.join(format === 'csv' ? '\r\n' : '\n') + '\n');
    console.error(`${facts.length} facts`);
    return 0;
  } finally {
    close();
  }
}

process.exitCode = await main();
