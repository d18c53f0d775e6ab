import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, loadMessages, msg, named, placeholdersOf, renderText } from '../../src/answer/messages.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src', 'answer');
const source = readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(SRC, f), 'utf8')).join('\n');
const [zh, en] = LANGS.map((lang) => loadMessages(lang).messages) as [Record<string, string>, Record<string, string>];

describe('reply messages (intents/messages/*.json)', () => {
  it('the two languages have the same messages, with the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const differ = Object.keys(zh).filter((k) => placeholdersOf(zh[k] ?? '').join() !== placeholdersOf(en[k] ?? '').join());
    expect(differ).toEqual([]);
  });

  it('every message the answer code names is in the files, and every message there is named by the code', () => {
    const named = [...source.matchAll(/msg\('([\w.]+)'/g)].map((m) => m[1] as string);
    expect(named.filter((k) => zh[k] === undefined)).toEqual([]);
    // A key may also be chosen first (msg(asc ? 'rank.least' : 'rank.most')) or built (`help.command.${c}`).
    const quoted = new Set([...source.matchAll(/'([a-z_]+(?:\.[a-z_]+)*)'/g)].map((m) => m[1] as string));
    const prefixes = [...source.matchAll(/msg\(`([\w.]+)\$\{/g)].map((m) => m[1] as string);
    const unused = Object.keys(zh).filter((k) => !quoted.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('renders parameters, nested messages and names in the language asked', () => {
    const line = msg('fact.line', { value: named('5件', '5'), owner: msg('fact.owner', { agency: '某局', year: 2018 }), label: '“新收”', what: '' });
    expect(renderText(line, 'zh')).toBe('5件 —— 某局2018年“新收”');
    expect(renderText(line, 'en')).toBe('5 — 某局, 2018: “新收”');
  });

  it('a message or a name in a template literal fails instead of printing [object Object]', () => {
    expect(() => `${msg('note', { text: 'x' })}`).toThrow(/rendered in a language/);
    expect(() => `${named('甲', 'A')}`).toThrow(/rendered in a language/);
  });

  it('an unknown message fails loudly', () => {
    expect(() => renderText(msg('no.such.message'), 'en')).toThrow(/No message "no.such.message"/);
  });
});
