import { pathToFileURL } from 'node:url';
import { createEngine, type Explanation } from '../../answer/create-engine.ts';
import { loadSource } from '../../ingest/load/load-source.ts';

const spanText = (s?: { start: number; end: number; text: string; rule: string }) => (s ? ` [${s.start}-${s.end} "${s.text}" rule=${s.rule}]` : '');

/** The explanation as readable lines: normalised question, entities, intent, query, facts, reply. */
export function formatExplanation(x: Explanation): string {
  const lines = [
    `question:   ${x.question}`,
    `normalised: ${x.normalised}`,
    'entities:',
    ...(x.entities.length ? x.entities.map((e) => `  ${e.kind}: ${e.value}${spanText(e.span)}`) : ['  (none)']),
    `intent:     ${x.intent.intent}`,
    `  why:      ${x.intent.why}`,
    ...x.intent.rejected.map((r) => `  rejected: ${r}`),
    `context:    ${x.context ? JSON.stringify(x.context) : '(none)'}`,
    `query:      ${JSON.stringify(x.query)}`,
    'facts:',
    ...(x.facts.length
      ? x.facts.map((f) => `  ${f.agency} ${f.year} ${f.metric} = ${f.value}${f.unit}${f.qualifier ? ` (${f.qualifier})` : ''} “${f.label}” — ${f.source.section}`)
      : ['  (none)']),
    `reply (${x.reply.status}):`,
    ...x.reply.text.split('\n').map((l) => `  ${l}`),
    ...x.reply.options.map((o) => `  option: ${o.label} → ${o.question}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const question = argv.join(' ');
  if (!question) {
    process.stderr.write('usage: npm run explain -- "问题"\n');
    return 2;
  }
  const loaded = await loadSource();
  try {
    const engine = createEngine({ source: loaded.source, contexts: loaded.contexts });
    process.stdout.write(`${formatExplanation(engine.explain(question))}\n`);
    return 0;
  } finally {
    loaded.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
