import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/create-engine.ts';
import { parseIntentCatalog } from '../../src/nlu/intent-catalog.ts';
import { loadSource } from '../../src/ingest/load/load-source.ts';
import { MemoryContextStore } from '../../src/store/memory-fact-source.ts';

const raw = JSON.parse(readFileSync(new URL('../../intents/intents.json', import.meta.url), 'utf8')) as {
  intents: { name: string; examples: { q: string; chat?: string; slots?: Record<string, unknown> }[]; negatives?: string[] }[];
};
const catalog = parseIntentCatalog(raw);

// One engine over the real reports; examples with a chat id run in file order so follow-ups have context.
const loaded = await loadSource();
const engine = createEngine({ source: loaded.source, contexts: new MemoryContextStore() });
afterAll(() => loaded.close());

const examples = raw.intents.flatMap((i) => i.examples.map((e) => ({ intent: i.name, ...e })));
const negatives = raw.intents.flatMap((i) => (i.negatives ?? []).map((q) => ({ intent: i.name, q })));

describe('intents.json examples', () => {
  it.each(examples)('$intent ← "$q"', ({ intent, q, chat, slots }) => {
    const x = engine.explain(q, chat);
    if (chat) engine.ask(q, chat);
    expect(x.intent.intent, x.intent.why).toBe(intent);
    const want = slots ?? {};
    if ('agency' in want) expect(x.slots.agency).toBe(want.agency);
    if ('years' in want) expect(x.slots.years).toEqual(want.years);
    if ('metrics' in want) expect(x.slots.metrics).toEqual(want.metrics);
    if ('dims' in want) expect(x.slots.dims).toMatchObject(want.dims as Record<string, string>);
  });
});

describe('intents.json negatives', () => {
  it.each(negatives)('not $intent ← "$q"', ({ intent, q }) => {
    expect(engine.explain(q).intent.intent).not.toBe(intent);
  });
});

describe('intent catalogue validation', () => {
  const minimal = (name: string, keyword: string, example: string, fallback = false) => ({
    name,
    description: 'd',
    priority: 1,
    fallback,
    triggers: [{ keywords: [keyword] }],
    slots: { required: [], optional: [] },
    examples: [{ q: example }],
  });

  it('loads the real catalogue with one fallback intent', () => {
    expect(catalog.fallback.name).toBe('out_of_scope');
    expect(catalog.intents.length).toBeGreaterThanOrEqual(12);
  });

  it('rejects two intents claiming the same keyword, naming both and the fix', () => {
    const bad = { intents: [minimal('a', '多少', 'x1', true), minimal('b', '多少', 'x2')] };
    expect(() => parseIntentCatalog(bad)).toThrow(/keyword "多少" is claimed by both "a" and "b".*remove it from the other/);
  });

  it('rejects two intents sharing an example', () => {
    const bad = { intents: [minimal('a', 'k1', '同一个问题', true), minimal('b', 'k2', '同一个问题')] };
    expect(() => parseIntentCatalog(bad)).toThrow(/example "同一个问题" is claimed by both "a" and "b"/);
  });

  it('rejects a bad regex and a missing fallback', () => {
    const badPattern = { intents: [{ ...minimal('a', 'k', 'q', true), triggers: [{ patterns: ['(unclosed'] }] }] };
    expect(() => parseIntentCatalog(badPattern)).toThrow(/bad pattern/);
    expect(() => parseIntentCatalog({ intents: [minimal('a', 'k', 'q')] })).toThrow(/fallback/);
  });
});
