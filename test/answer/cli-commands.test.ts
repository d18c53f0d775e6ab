import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/create-engine.ts';
import { answerLine } from '../../src/interfaces/cli/ask-command.ts';
import { startMode } from '../../src/interfaces/start-command.ts';
import { renderReply, runTerminalChat } from '../../src/interfaces/cli/terminal-chat.ts';
import { formatExplanation } from '../../src/interfaces/cli/explain-command.ts';
import { MemoryContextStore, MemoryFactSource } from '../../src/store/memory-fact-source.ts';
import { fact, report } from './fixture-reports.ts';

const source = new MemoryFactSource([
  report('张店区科学技术局', 2018, [fact({ metric: 'proactive.total', value: 50, unit: '条', label: '主动公开政府信息' })]),
]);
const engine = () => createEngine({ source, contexts: new MemoryContextStore() });

describe('ask --jsonl lines', () => {
  it('answers a question line with the evaluation fields', () => {
    const out = JSON.parse(answerLine(engine(), JSON.stringify({ q: '科技局2018年主动公开多少条' })));
    expect(Object.keys(out)).toEqual(['status', 'text', 'facts', 'options']);
    expect(out.status).toBe('answered');
    expect(out.facts[0]).toMatchObject({ agency: '张店区科学技术局', year: 2018, metric: 'proactive.total', value: 50, unit: '条' });
    expect(out.facts[0].source.report).toContain('2018');
  });

  it.each(['not json', '{"chat":"x"}', '[1,2]', '{"q": 5}', 'null'])('a bad line (%s) gives a not_understood line', (line) => {
    expect(JSON.parse(answerLine(engine(), line)).status).toBe('not_understood');
  });

  it('shares context between lines of the same chat id only', () => {
    const e = engine();
    answerLine(e, JSON.stringify({ q: '科技局2018年主动公开多少条', chat: 'a' }));
    expect(JSON.parse(answerLine(e, JSON.stringify({ q: '/source', chat: 'a' }))).facts).toHaveLength(1);
    expect(JSON.parse(answerLine(e, JSON.stringify({ q: '/source', chat: 'b' }))).facts).toHaveLength(0);
  });

  it('the command prints exactly one JSON line per input line and nothing else', () => {
    const input = ['{"q":"/years"}', 'garbage', '', '{"q":"帮我订一张机票"}'].join('\n');
    const run = spawnSync('npx', ['tsx', 'src/interfaces/cli/ask-command.ts', '--jsonl'], { input, encoding: 'utf8', timeout: 60_000 });
    const lines = run.stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).status)).toEqual(['answered', 'not_understood', 'not_understood']);
  });
});

describe('start and terminal chat', () => {
  it('chooses Telegram only when BOT_TOKEN is set', () => {
    expect(startMode({})).toEqual({ kind: 'terminal' });
    expect(startMode({ BOT_TOKEN: '  ' })).toEqual({ kind: 'terminal' });
    expect(startMode({ BOT_TOKEN: 'abc' })).toEqual({ kind: 'telegram', token: 'abc' });
  });

  it('chats in the terminal, and a number picks an option', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (d: Buffer) => (written += d.toString()));
    const done = runTerminalChat(engine(), input, output);
    input.end('主动公开多少条\n2018年科技局主动公开多少条\nexit\n');
    await done;
    expect(written).toContain('50条');
  });

  it('renders options with numbers', () => {
    expect(renderReply({ status: 'clarify', text: '哪个？', facts: [], options: [{ label: 'A', question: 'qa' }] })).toContain('[1] A');
  });

  it('explain prints entities, intent, query and facts', () => {
    const text = formatExplanation(engine().explain('科技局2018年主动公开多少条'));
    for (const part of ['normalised:', 'agency: 张店区科学技术局', 'year: 2018', 'metric: proactive.total', 'intent:     figure', 'query:', '50条']) {
      expect(text).toContain(part);
    }
  });
});
