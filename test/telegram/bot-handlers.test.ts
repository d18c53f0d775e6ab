import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBot } from '../../src/interfaces/telegram/run-bot.ts';
import { loadBotConfig } from '../../src/interfaces/telegram/bot-config.ts';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { ask, badRequests, newGroup, newUser, press, privateOf } from './chat-helpers.ts';
import { fakeEngine, fakeSource } from './fake-engine.ts';

// The bot shell with a hand-written engine, in-process: fast checks of what the shell itself does.

describe('bot shell with a fake engine (in-process)', () => {
  let api: FakeBotApi;
  let stopped: Promise<number>;
  const controller = new AbortController();
  const asked: [string, string | undefined][] = [];
  const logLines: Record<string, unknown>[] = [];
  const loads = { count: 0 };
  const admin = newUser();

  beforeAll(async () => {
    api = await FakeBotApi.start({ lifetimeMs: 60_000 });
    const config = loadBotConfig({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, ADMIN_IDS: String(admin.id), RATE_LIMIT_PER_MINUTE: '3', MAX_QUESTION_CHARS: '20' });
    const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
    stopped = runBot(config, () => fakeEngine(asked), { logger, loadSource: async () => fakeSource(loads), signal: controller.signal, handleSignals: false, retry: { baseDelayMs: 10 } });
    await api.waitFor(() => api.queue.polling, 10_000, 'the bot to poll');
  });

  afterAll(async () => {
    controller.abort();
    await stopped;
    await api.close();
  });

  it('passes the chat id to the engine and escapes its text', async () => {
    const user = newUser();
    const sent = await ask(api, privateOf(user), user, 'a<b>&c');
    expect(sent.html).toBe('echo: a&lt;b&gt;&amp;c');
    expect(asked.at(-1)).toEqual(['a<b>&c', String(user.id)]);
  });

  it('splits a long reply into valid messages under 4096 characters', async () => {
    const user = newUser();
    const after = api.lastSeq;
    api.say({ chat: privateOf(user), from: user, text: 'long' });
    api.say({ chat: privateOf(user), from: user, text: 'done' });
    // Updates of one chat are handled in order, so every part is out once the next answer is.
    const done = await api.waitFor(() => api.sent(user.id, after).find((m) => m.text === 'echo: done'), 5000, 'the next answer');
    const parts = api.sent(user.id, after).filter((m) => m.seq < done.seq);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.every((p) => p.html.length <= 4096)).toBe(true);
    expect(parts.map((p) => p.text).join('\n')).toContain('第399行 <数据> & “引文”');
  });

  it('shows clarify options as buttons; pressing one asks its question', async () => {
    const user = newUser();
    const sent = await ask(api, privateOf(user), user, 'which?');
    expect(sent.keyboard.flat().map((b) => b.text)).toEqual(['科技局', '区政府']);
    const answer = await press(api, user, sent, '区政府');
    expect(answer.text).toBe('echo: 区政府2018年收到多少申请');
    expect(api.callsOf('answerCallbackQuery').at(-1)?.status).toBe(200);
  });

  it('a button with slot values is answered from them: the engine is not asked to read its question', async () => {
    const user = newUser();
    const sent = await ask(api, privateOf(user), user, 'slots?');
    const answer = await press(api, user, sent, '科技局');
    expect(answer.text).toBe('chose: figure 张店区科学技术局 2018');
    expect(asked.at(-1)).toEqual(['choose:科技局2018年收到多少申请', String(user.id)]);
  });

  it('answers an unknown button with "expired" through answerCallbackQuery', async () => {
    const user = newUser();
    const sent = await ask(api, privateOf(user), user, 'hello');
    const after = api.lastSeq;
    const id = api.press(user, sent.message, 'b:gone.1');
    const ack = await api.waitFor(() => api.callsOf('answerCallbackQuery', after)[0], 5000, 'answerCallbackQuery');
    expect(ack.params).toMatchObject({ callback_query_id: id, text: '这个按钮已过期，请重新提问。' });
  });

  it('walks /agencies → agency → year → key figures', async () => {
    const user = newUser();
    const list = await ask(api, privateOf(user), user, '/agencies');
    expect(list.keyboard.flat().map((b) => b.text)).toEqual(['张店区科学技术局（2018）', '张店区人民政府（2017、2018）']);
    const years = await press(api, user, list, '张店区人民政府');
    expect(years.keyboard.flat().map((b) => b.text)).toEqual(['2017年', '2018年']);
    const figures = await press(api, user, years, '2017年');
    expect(figures.text).toMatch(/^echo: 张店区人民政府2017年/);
  });

  it('rate-limits per user: a polite reply once, then silence', async () => {
    const user = newUser();
    const chat = privateOf(user);
    for (const q of ['q1', 'q2', 'q3']) expect((await ask(api, chat, user, q)).text).toBe(`echo: ${q}`);
    expect((await ask(api, chat, user, 'q4')).text).toMatch(/提问有点太快了，请约 \d+ 秒后再问/);
    const after = api.lastSeq;
    api.say({ chat, from: user, text: 'q5' });
    const other = newUser();
    await ask(api, privateOf(other), other, 'still answering others');
    expect(api.sent(user.id, after)).toEqual([]);
  });

  it('cuts an overlong question and says so', async () => {
    const user = newUser();
    const sent = await ask(api, privateOf(user), user, '一二三四五六七八九十'.repeat(5));
    expect(sent.text).toBe(`问题太长，只读取了前 20 个字。\n\necho: ${'一二三四五六七八九十'.repeat(2)}`);
  });

  it('keeps /reload for admins', async () => {
    const user = newUser();
    expect((await ask(api, privateOf(user), user, '/reload')).text).toBe('这个命令只有管理员可以使用。');
    const before = loads.count;
    expect((await ask(api, privateOf(admin), admin, '/reload')).text).toMatch(/^已重新载入 data\/reports：新载入 0 份，未变 1 份/);
    expect(loads.count).toBe(before + 1);
  });

  it('survives an engine error: logs it, apologises, answers the next message', async () => {
    const user = newUser();
    expect((await ask(api, privateOf(user), user, 'boom')).text).toBe('抱歉，处理这条消息时出错了，请稍后再试。');
    expect(logLines.some((l) => l.msg === 'update failed')).toBe(true);
    expect((await ask(api, privateOf(user), user, 'after')).text).toBe('echo: after');
  });

  it('in groups answers only what is addressed to it, quoting the question', async () => {
    const user = newUser();
    const group = newGroup();
    const after = api.lastSeq;
    api.say({ chat: group, from: user, text: 'just chatting' });
    api.say({ chat: group, from: user, text: '/unknowncmd' });
    const sent = await ask(api, group, user, `@${api.bot.username} 科技局`);
    expect(sent.text).toBe('echo: 科技局');
    expect(sent.message.reply_to_message?.message_id).toBeDefined();
    expect(api.sent(group.id, after)).toHaveLength(1);
  });

  it('speaks English to English clients', async () => {
    const user = newUser('en');
    expect((await ask(api, privateOf(user), user, '/nope')).text).toBe('There is no /nope command. See /help for what I can do.');
  });

  it('delivers a reply after a dropped connection and after a 500', async () => {
    const user = newUser();
    api.fail('sendMessage', { kind: 'drop' });
    api.fail('sendMessage', { kind: 'status', status: 500 });
    const after = api.lastSeq;
    expect((await ask(api, privateOf(user), user, 'flaky')).text).toBe('echo: flaky');
    expect(api.callsOf('sendMessage', after).map((c) => c.status)).toEqual([0, 500, 200]);
  });

  it('a 403 (bot blocked by the user) is not retried and does not stop the bot', async () => {
    const user = newUser();
    api.fail('sendMessage', { kind: 'api_error', code: 403, description: 'Forbidden: bot was blocked by the user' }, 2);
    const after = api.lastSeq;
    api.say({ chat: privateOf(user), from: user, text: 'blocked' });
    await api.waitFor(() => api.callsOf('sendMessage', after).length === 2, 5000, 'the answer and the apology to fail');
    const other = newUser();
    expect((await ask(api, privateOf(other), other, 'next')).text).toBe('echo: next');
    expect(api.callsOf('sendMessage', after).map((c) => c.status)).toEqual([403, 403, 200]);
  });

  it('writes one structured log line per update and never a 400', () => {
    const updates = logLines.filter((l) => l.msg === 'update');
    expect(updates.length).toBeGreaterThan(10);
    for (const line of updates) {
      expect(line).toMatchObject({ update_id: expect.any(Number), update_type: expect.any(String), latency_ms: expect.any(Number) });
    }
    expect(updates.some((l) => l.chat_type === 'supergroup' && l.kind === 'ignored')).toBe(true);
    expect(badRequests(api)).toEqual([]);
  });
});
