import { ingestFolder, type IngestProgress } from '../../ingest/load/ingest-folder.ts';
import { openStore } from '../../store/open-store.ts';
import { reportsDir, storePath } from '../../store/store-path.ts';

/** npm run ingest: build or update the store from data/reports and say what happened. */
// On a terminal, a line that counts the files done (a large folder takes a while); never in a pipe or log.
const showProgress = process.stderr.isTTY
  ? ({ done, total }: IngestProgress) => process.stderr.write(`\r${done}/${total} files${done === total ? '\n' : ''}`)
  : undefined;

async function main(): Promise<number> {
  const db = openStore(storePath());
  try {
    const s = await ingestFolder(db, reportsDir(), { onProgress: showProgress });
    for (const f of s.loaded) console.log(`loaded     ${f}`);
    for (const f of s.unchanged) console.log(`unchanged  ${f}`);
    for (const f of s.removed) console.log(`removed    ${f}`);
    for (const f of s.failed) {
      console.log(`FAILED     ${f.file}`);
      for (const p of f.problems) console.log(`           ${p.code}: ${p.message}`);
    }
    console.log(`store ${storePath()}: ${s.reports} reports, ${s.sections} sections, ${s.facts} facts, ${s.problems} problems`);
    return s.failed.length > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

process.exitCode = await main();
