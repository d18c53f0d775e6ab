// npm run eval:real — a measuring script, not a test: ingests ../shared/real/reports into a temporary store,
// then scores what loaded, the gold facts (found / missed / wrong) and the real questions (through
// ../shared/eval/score.mjs). With no ../shared/real beside the project it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestFolder } from '../ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../store/open-store.ts';

interface Gold { file: string; agency: string; year: number; label: string; value: number; quote: string }
interface IndexRow { file: string; kind: string; agency_as_published: string; year: number }
interface StoredFact { value: number; start: number; end: number; label: string; metric: string }
interface StoredReport { id: number; agency: string; year: number; original: string }

const real = resolve(process.cwd(), '..', 'shared', 'real');
const verbose = process.argv.includes('--verbose');

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function pct(n: number, of: number): string {
  return of === 0 ? '-' : `${((100 * n) / of).toFixed(1)} %`;
}

/** Loads: every report file stored, every non-report (解读, other pages) left out. */
function scoreLoads(db: Db, index: IndexRow[], failed: Map<string, string>): void {
  const stored = new Set((db.prepare('SELECT file FROM reports').all() as { file: string }[]).map((r) => r.file));
  const reports = index.filter((r) => r.kind === 'report');
  const others = index.filter((r) => r.kind !== 'report');
  const loaded = reports.filter((r) => stored.has(r.file));
  const wronglyStored = others.filter((r) => stored.has(r.file));
  console.log(`reports loaded: ${loaded.length}/${reports.length} (${pct(loaded.length, reports.length)}); non-reports stored: ${wronglyStored.length}/${others.length}`);
  for (const r of reports.filter((x) => !stored.has(x.file))) console.log(`  not loaded ${r.file} ${r.agency_as_published} ${r.year}: ${failed.get(r.file) ?? '?'}`);
  for (const r of wronglyStored) console.log(`  stored but ${r.kind}: ${r.file}`);
}

type GoldResult = 'found' | 'missed' | 'wrong' | 'unloaded';

/** A gold figure is found when a fact of its file, year right, covers its quote with its value. */
function judge(g: Gold, report: StoredReport | undefined, facts: StoredFact[]): { result: GoldResult; why: string } {
  if (!report) return { result: 'unloaded', why: 'file not stored' };
  const at = report.original.indexOf(g.quote);
  const over = at < 0 ? facts.filter((f) => f.value === g.value) : facts.filter((f) => f.start < at + g.quote.length && f.end > at);
  const hit = over.find((f) => f.value === g.value);
  if (hit && report.year !== g.year) return { result: 'wrong', why: `stored under year ${report.year}` };
  if (hit) return { result: 'found', why: '' };
  // Wrong: a fact lying inside the quote (so about this very figure) with another value.
  const inside = at < 0 ? [] : over.filter((f) => f.start >= at && f.end <= at + g.quote.length && f.metric !== 'figure');
  if (inside.length > 0) return { result: 'wrong', why: `stored ${inside.map((f) => `${f.label}=${f.value}`).join(', ')}` };
  return { result: 'missed', why: at < 0 ? 'quote not found in file' : `near: ${over.slice(0, 3).map((f) => `${f.label}=${f.value}`).join(', ')}` };
}

function scoreGold(db: Db, gold: Gold[]): void {
  const reportOf = db.prepare('SELECT id, agency, year, original FROM reports WHERE file = ?');
  const factsOf = db.prepare('SELECT value, start, end, label, metric FROM facts WHERE report_id = ?');
  const counts: Record<GoldResult, number> = { found: 0, missed: 0, wrong: 0, unloaded: 0 };
  for (const g of gold) {
    const report = reportOf.get(g.file) as StoredReport | undefined;
    const facts = report ? (factsOf.all(report.id) as StoredFact[]) : [];
    const { result, why } = judge(g, report, facts);
    counts[result] += 1;
    if (result !== 'found' && (verbose || result === 'wrong')) console.log(`  ${result.padEnd(8)} ${g.file} ${g.label}=${g.value} «${g.quote.slice(0, 60)}» ${why}`);
  }
  console.log(`gold facts: ${gold.length}, found ${counts.found} (${pct(counts.found, gold.length)}), missed ${counts.missed}, in unloaded files ${counts.unloaded}, wrong ${counts.wrong}`);
}

function scoreQuestions(env: NodeJS.ProcessEnv): void {
  const args = [join(real, '..', 'eval', 'score.mjs'), join(real, 'questions.jsonl'), ...(verbose ? ['--verbose'] : [])];
  const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  process.stdout.write(run.stdout);
  if (run.stderr) process.stderr.write(run.stderr.slice(-2000));
}

async function main(): Promise<void> {
  if (!existsSync(join(real, 'reports'))) {
    console.log(`eval:real: no ${real} beside the project; nothing to measure`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'eval-real-'));
  const env = { ...process.env, STORE_PATH: join(dir, 'store.sqlite'), REPORTS_DIR: join(real, 'reports') };
  try {
    const db = openStore(env.STORE_PATH);
    const summary = await ingestFolder(db, env.REPORTS_DIR);
    const failed = new Map(summary.failed.map((f) => [f.file, f.problems.map((p) => `${p.code}: ${p.message}`).join('; ')]));
    scoreLoads(db, jsonl<IndexRow>(join(real, 'index.jsonl')), failed);
    scoreGold(db, jsonl<Gold>(join(real, 'gold.jsonl')));
    db.close();
    scoreQuestions(env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
