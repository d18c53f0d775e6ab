import { openStore } from '../../store/open-store.ts';
import { ingestFolder } from '../../ingest/load/ingest-folder.ts';
import { reportsDir, storePath } from '../../store/store-path.ts';
import { parseArgs } from './parse-args.ts';

interface Row {
  file: string;
  agency: string | null;
  year: number | null;
  code: string;
  severity: string;
  section: string;
  message: string;
  facts: string | null;
}

/** npm run problems [-- --agency X --year Y]: every finding of the consistency checks and of ingest. */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const db = openStore(storePath());
  try {
    await ingestFolder(db, reportsDir());
    const rows = db.prepare(
      `SELECT p.file, r.agency, r.year, p.code, p.severity, p.section, p.message, p.facts
       FROM problems p LEFT JOIN reports r ON r.id = p.report_id ORDER BY p.file, p.id`,
    ).all() as Row[];
    const shown = rows.filter((r) => (!args.agency || (r.agency ?? '').includes(args.agency)) && (!args.year || String(r.year) === args.year));
    for (const r of shown) {
      const where = [r.agency && r.year ? `${r.agency} ${r.year}` : r.file, r.section].filter(Boolean).join(' · ');
      console.log(`${r.severity.toUpperCase()} ${r.code}  ${where}\n  ${r.message}${r.facts ? `\n  facts: ${(JSON.parse(r.facts) as string[]).join('; ')}` : ''}`);
    }
    console.log(`${shown.length} problems`);
    return 0;
  } finally {
    db.close();
  }
}

process.exitCode = await main();
