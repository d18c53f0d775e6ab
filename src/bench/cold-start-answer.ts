/**
 * Child script for cold_start_ms: open the existing store, build the engine and answer one question,
 * printing the answer on the first stdout line. With a reports folder it first re-scans it the way
 * `npm start` does (unchanged files are skipped by hash). Without src/answer/create-engine.ts it runs one
 * fact query instead.
 */
import { ingestFolder } from '../ingest/load/ingest-folder.ts';
import { openStore } from '../store/open-store.ts';
import { SqliteContextStore, SqliteFactSource } from '../store/sqlite-fact-source.ts';
import { ENGINE_PATH, engineExists } from './measure-answers.ts';

const [store, question, reportsDir] = process.argv.slice(2);
if (!store || !question) throw new Error('usage: cold-start-answer.ts <store> <question> [reports dir to re-scan]');
const db = openStore(store);
const rescan = reportsDir ? await ingestFolder(db, reportsDir) : null;
const rescanned = rescan ? { loaded: rescan.loaded.length, unchanged: rescan.unchanged.length } : null;
const source = new SqliteFactSource(db);
if (engineExists()) {
  const { createEngine } = (await import(ENGINE_PATH)) as typeof import('../answer/create-engine.ts');
  const reply = createEngine({ source, contexts: new SqliteContextStore(db) }).ask(question, 'cold-start');
  console.log(JSON.stringify({ mode: 'engine', status: reply.status, text: reply.text.slice(0, 80), rescanned }));
} else {
  const facts = source.facts({ metrics: ['applications.received'] }).slice(0, 1);
  console.log(JSON.stringify({ mode: 'fact-query', facts: facts.length, rescanned }));
}
db.close();
