import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createEngine, type Engine } from '../../answer/create-engine.ts';
import type { Reply } from '../../answer/reply.ts';
import { MemoryContextStore } from '../../store/memory-fact-source.ts';
import { loadSource } from '../../ingest/load/load-source.ts';

/** The JSON line the evaluation reads: status, text, facts (with source) and options. */
export function replyJson(reply: Reply): string {
  return JSON.stringify({
    status: reply.status,
    text: reply.text,
    facts: reply.facts.map((f) => ({ agency: f.agency, year: f.year, metric: f.metric, label: f.label, value: f.value, unit: f.unit, source: f.source })),
    options: reply.options,
  });
}

const NOT_UNDERSTOOD: Reply = { status: 'not_understood', text: '无法读取这一行输入（需要 {"q": "问题", "chat": "可选的会话id"}）。', facts: [], options: [] };

/** One input line → one output line, whatever the line holds: a bad line never stops the run. */
export function answerLine(engine: Engine, line: string): string {
  try {
    const input: unknown = JSON.parse(line);
    if (typeof input !== 'object' || input === null || typeof (input as { q?: unknown }).q !== 'string') return replyJson(NOT_UNDERSTOOD);
    const { q, chat } = input as { q: string; chat?: unknown };
    return replyJson(engine.ask(q, chat === undefined || chat === null ? undefined : String(chat)));
  } catch (e) {
    process.stderr.write(`ask --jsonl: ${(e as Error).message}\n`);
    return replyJson(NOT_UNDERSTOOD);
  }
}

async function runJsonl(engine: Engine): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    process.stdout.write(`${answerLine(engine, line)}\n`);
  }
}

function printReply(reply: Reply): void {
  process.stdout.write(`${reply.text}\n`);
  const option = (o: Reply['options'][number]) => (o.label === o.question ? `  ▸ ${o.question}` : `  ▸ ${o.label}：${o.question}`);
  if (reply.options.length > 0) process.stdout.write(`\n可选：\n${reply.options.map(option).join('\n')}\n`);
}

/** `--chat ID` (optional) and the question words. */
export function parseArgs(argv: string[]): { question: string; chat?: string } {
  const words: string[] = [];
  let chat: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--chat') chat = argv[++i];
    else if (!a.startsWith('--')) words.push(a);
  }
  return { question: words.join(' '), chat };
}

async function main(argv: string[]): Promise<number> {
  const loaded = await loadSource();
  try {
    if (argv.includes('--jsonl')) {
      // A batch is one self-contained conversation set: chat ids share context within this run only,
      // so a chat id reused from an earlier run (the store keeps contexts) cannot leak into it.
      await runJsonl(createEngine({ source: loaded.source, contexts: new MemoryContextStore() }));
      return 0;
    }
    const engine = createEngine({ source: loaded.source, contexts: loaded.contexts });
    const { question, chat } = parseArgs(argv);
    if (!question) {
      process.stderr.write('usage: npm run ask -- [--chat ID] "问题"   |   npm run ask -- --jsonl < questions.jsonl\n');
      return 2;
    }
    // One-off questions have no context unless a chat id is given (--chat keeps it between runs).
    printReply(engine.ask(question, chat));
    return 0;
  } finally {
    loaded.close();
  }
}

// Run only as a script (tests import answerLine without starting a CLI).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Logs from libraries must not pollute --jsonl output: console.log goes to stderr here.
  console.log = (...args: unknown[]) => console.error(...args);
  process.exitCode = await main(process.argv.slice(2));
}
