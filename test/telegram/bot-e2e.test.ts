import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { ask, badRequests, newGroup, newUser, press, privateOf } from './chat-helpers.ts';
import { logLines, startBotProcess, type BotProcess } from './bot-process.ts';

// The real bot (child process, real engine over a fresh SQLite store built from data/reports)
// against the fake Bot API. One bot process serves every case in order, each in its own chat;
// the last case stops it with SIGTERM. A second process checks a rejected token.

const TOKEN = '123:TEST';
const REPORT = '张店区科学技术局2018年政府信息公开工作年度报告';

describe('Telegram bot end to end', { timeout: 20_000 }, () => {
  let api: FakeBotApi;
  let bot: BotProcess;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bot-e2e-'));
    api = await FakeBotApi.start({ token: TOKEN, lifetimeMs: 90_000 });
    bot = startBotProcess({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, STORE_PATH: join(dir, 'store.sqlite'), ADMIN_IDS: '1', RATE_LIMIT_PER_MINUTE: '1000' });
    await Promise.race([
      api.waitFor(() => api.queue.polling, 30_000, 'the bot to start polling'),
      bot.exited.then(({ code }) => Promise.reject(new Error(`bot exited (${code}) before polling:\n${bot.stderr()}`))),
    ]);
  }, 40_000);

  afterAll(async () => {
    await bot?.kill();
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('registers the command menu in Chinese and English before polling', () => {
    const menus = api.callsOf('setMyCommands').filter((c) => c.status === 200 && c.params.scope === undefined);
    const zh = menus.find((c) => c.params.language_code === undefined);
    const en = menus.find((c) => c.params.language_code === 'en');
    expect(zh?.params.commands).toContainEqual({ command: 'agencies', description: '收录的单位及年份' });
    expect(en?.params.commands).toContainEqual({ command: 'agencies', description: 'Agencies and their report years' });
    const order = api.calls.map((c) => c.method);
    expect(order.indexOf('getMe')).toBeLessThan(order.indexOf('setMyCommands'));
    // Polling starts with deleteWebhook (a held getUpdates is only recorded once answered).
    expect(order.lastIndexOf('setMyCommands')).toBeLessThan(order.indexOf('deleteWebhook'));
  });

  it('/start: what it answers, with three example questions as buttons', async () => {
    const user = newUser();
    const after = api.lastSeq;
    const sent = await ask(api, privateOf(user), user, '/start');
    expect(sent.text).toContain('我可以回答张店区各单位政府信息公开工作年度报告中的数字');
    expect(sent.keyboard.flat()).toHaveLength(3);
    // "typing…" goes out before the answer.
    expect(api.callsOf('sendChatAction', after)[0]?.seq).toBeLessThan(sent.seq);
  });

  it('/agencies: agencies with years as buttons → an agency’s years → that report’s key figures', async () => {
    const user = newUser();
    const list = await ask(api, privateOf(user), user, '/agencies');
    expect(list.keyboard.flat().map((b) => b.text)).toContain('张店区人民政府（2017、2018）');
    const years = await press(api, user, list, '张店区科学技术局');
    expect(years.keyboard.flat().map((b) => b.text)).toEqual(['2018年']);
    const after = api.lastSeq;
    const figures = await press(api, user, years, '2018年');
    expect(figures.text).toContain('50条');
    expect(figures.text).toContain(REPORT);
    expect(api.callsOf('answerCallbackQuery', after).map((c) => c.status)).toEqual([200]);
  });

  it('/years lists the years', async () => {
    const user = newUser();
    expect((await ask(api, privateOf(user), user, '/years')).text).toContain('2017、2018、2023');
  });

  it('answers a question with its source, and a follow-up from the chat’s context', async () => {
    const user = newUser();
    const answer = await ask(api, privateOf(user), user, '科技局2018年主动公开了多少条信息');
    expect(answer.text).toContain('50');
    expect(answer.text).toContain(REPORT);
    expect(answer.html).toContain(`<i>来源：《${REPORT}》`);
    expect((await ask(api, privateOf(user), user, '那收到几件申请？')).text).toMatch(/^0件/);
  });

  it('in a group: ignores chatter; answers /ask@bot, a mention and a reply to the bot', async () => {
    const user = newUser();
    const group = newGroup();
    const after = api.lastSeq;
    api.say({ chat: group, from: user, text: '科技局2018年主动公开了多少条信息' });
    const viaAsk = await ask(api, group, user, `/ask@${api.bot.username} 区政府2018年收到多少申请`);
    expect(viaAsk.text).toMatch(/^142件/);
    expect(api.sent(group.id, after)).toHaveLength(1);
    const viaMention = await ask(api, group, user, `@${api.bot.username} 科技局2018年主动公开了多少条信息`);
    expect(viaMention.text).toMatch(/^50条/);
    const after2 = api.lastSeq;
    api.say({ chat: group, from: user, text: '那2017年呢？', replyTo: viaAsk.message });
    const viaReply = await api.nextSent(group.id, after2);
    expect(viaReply.text).toContain('2017');
    expect(viaReply.message.reply_to_message).toMatchObject({ text: '那2017年呢？' });
  });

  it('shows a reply’s options as buttons; pressing one answers its question', async () => {
    const user = newUser();
    const notFound = await ask(api, privateOf(user), user, '教育局2018年收到多少申请');
    expect(notFound.text).toContain('教育局');
    const after = api.lastSeq;
    const answer = await press(api, user, notFound, '张店区科学技术局');
    expect(answer.text).toMatch(/^0件/);
    expect(api.callsOf('answerCallbackQuery', after).map((c) => c.status)).toEqual([200]);
  });

  it('429 on sendMessage: waits retry_after and delivers the reply', async () => {
    const user = newUser();
    api.fail('sendMessage', { kind: 'retry_after', seconds: 1 });
    const after = api.lastSeq;
    const answer = await ask(api, privateOf(user), user, '科技局2018年主动公开了多少条信息');
    const [limited, delivered] = api.callsOf('sendMessage', after);
    expect(limited?.status).toBe(429);
    expect(delivered?.seq).toBe(answer.seq);
    expect(delivered?.params.text).toBe(limited?.params.text);
    expect((delivered?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('502 on getUpdates: polling resumes and the update is answered', async () => {
    await api.waitFor(() => api.queue.polling, 5000, 'a held poll');
    const after = api.lastSeq;
    api.fail('getUpdates', { kind: 'status', status: 502 });
    const user = newUser();
    expect((await ask(api, privateOf(user), user, '/years')).text).toContain('2023');
    const polls = api.callsOf('getUpdates', after).map((c) => c.status);
    expect(polls[0]).toBe(502);
    expect(polls).toContain(200);
  });

  it('a sticker gets a short hint in private and nothing in a group; an edited message is ignored', async () => {
    const user = newUser();
    const group = newGroup();
    const after = api.lastSeq;
    api.say({ chat: group, from: user, sticker: true });
    const original = api.say({ chat: privateOf(user), from: user, text: '科技局2018年收到多少申请' });
    api.edit(original, '科技局2018年主动公开了多少条信息');
    api.say({ chat: privateOf(user), from: user, sticker: true });
    const hint = await api.waitFor(() => api.sent(user.id, after).find((m) => m.text.startsWith('我只能读文字提问')), 10_000, 'the sticker hint');
    expect(hint.text).toMatch(/^我只能读文字提问，例如：.+年/);
    const stillAlive = await ask(api, privateOf(user), user, '/years');
    expect(stillAlive.text).toContain('2023');
    // The question, the hint and /years: no answer to the edit, none in the group.
    expect(api.sent(user.id, after)).toHaveLength(3);
    expect(api.sent(group.id, after)).toHaveLength(0);
  });

  it('answers an HTML-looking question with valid HTML', async () => {
    const user = newUser();
    const after = api.lastSeq;
    const answer = await ask(api, privateOf(user), user, '<b>科技局</b> & 2018');
    expect(answer.text.length).toBeGreaterThan(0);
    expect(api.callsOf('sendMessage', after).every((c) => c.status === 200)).toBe(true);
  });

  it('cuts a 5000-character message, says so, and answers it', async () => {
    const user = newUser();
    const answer = await ask(api, privateOf(user), user, `科技局2018年主动公开了多少条信息${'。'.repeat(4982)}`);
    expect(answer.text).toMatch(/^问题太长，只读取了前 500 个字。/);
    expect(answer.text).toContain('50条');
  });

  it('never sent anything the Bot API rejected, and logged one line per update without the token', () => {
    expect(badRequests(api)).toEqual([]);
    const updates = logLines(bot.stderr()).filter((l) => l.msg === 'update');
    expect(updates.length).toBeGreaterThanOrEqual(20);
    expect(updates[0]).toMatchObject({ update_id: expect.any(Number), chat_type: 'private', latency_ms: expect.any(Number) });
    expect(bot.stderr()).not.toContain(TOKEN);
  });

  it('SIGTERM: stops polling, finishes the reply in flight, exits 0', async () => {
    const user = newUser();
    api.fail('sendMessage', { kind: 'retry_after', seconds: 1 });
    const after = api.lastSeq;
    api.say({ chat: privateOf(user), from: user, text: '科技局2018年主动公开了多少条信息' });
    await api.waitFor(() => api.callsOf('sendMessage', after).find((c) => c.status === 429), 10_000, 'the 429');
    bot.child.kill('SIGTERM');
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(api.sent(user.id, after).map((m) => m.text)[0]).toMatch(/^50条/);
    const polls = api.callsOf('getUpdates').length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.callsOf('getUpdates')).toHaveLength(polls);
    expect(api.queue.polling).toBe(false);
    expect(logLines(bot.stderr()).at(-1)).toMatchObject({ msg: 'bot stopped', reason: 'SIGTERM' });
  });
});

describe('Telegram bot with a rejected token', () => {
  it('stops with a clear message and a non-zero exit code', async () => {
    const api = await FakeBotApi.start({ token: TOKEN, lifetimeMs: 30_000 });
    const dir = mkdtempSync(join(tmpdir(), 'bot-e2e-401-'));
    const bot = startBotProcess({ BOT_TOKEN: '123:WRONG', TELEGRAM_API_ROOT: api.apiRoot, STORE_PATH: join(dir, 'store.sqlite') });
    try {
      const { code } = await bot.exited;
      expect(code).not.toBe(0);
      expect(bot.stderr()).toContain('Telegram rejected BOT_TOKEN (401 Unauthorized)');
      expect(bot.stderr()).not.toContain('WRONG');
      expect(api.callsOf('getUpdates')).toEqual([]);
    } finally {
      await bot.kill();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
