import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/create-engine.ts';
import { loadSource } from '../../src/ingest/load/load-source.ts';
import { MemoryContextStore } from '../../src/store/memory-fact-source.ts';
import { checkReply, isWrongFigure, type CorpusCase } from './corpus-check.ts';

const cases: CorpusCase[] = readFileSync(new URL('./questions.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as CorpusCase);

// One engine for the whole corpus: cases sharing a chat id run in file order and share context.
const loaded = await loadSource();
const engine = createEngine({ source: loaded.source, contexts: new MemoryContextStore() });
afterAll(() => loaded.close());

describe('question corpus', () => {
  it('has at least 200 questions with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases)('$id $q', (c) => {
    const out = engine.ask(c.q, c.chat);
    const why = checkReply(c.expect, out);
    if (isWrongFigure(c.expect, out)) why.push('WRONG FIGURE');
    expect(why, `${c.q}\n→ ${out.status}: ${out.text.slice(0, 400)}`).toEqual([]);
  });
});
