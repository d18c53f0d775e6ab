import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { User } from 'telegraf/types';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { userChat } from '../fixtures/fake-bot-api/update-builders.ts';
import type { BotProcess } from '../telegram/bot-process.ts';
import { freshUsers, startBot, TOKEN } from './bot-harness.ts';

// Abuse and access against the real bot process with its default rate limit (20 a minute).

const FLOOD = 1000;
/** The stated bound: another user's answer while a 1,000-message flood is being worked through. */
const OTHER_USER_BOUND_MS = 5000;

let api: FakeBotApi;
let bot: BotProcess;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bot-abuse-'));
  api = await FakeBotApi.start({ token: TOKEN, lifetimeMs: 90_000 });
  bot = await startBot(api, join(dir, 'store.sqlite'), { RATE_LIMIT_PER_MINUTE: '20' });
}, 40_000);

afterAll(async () => {
  await bot?.kill();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it(`a ${FLOOD}-message flood from one user delays another user's answer by less than ${OTHER_USER_BOUND_MS} ms`, async () => {
  const [flooder, other] = freshUsers(2) as [User, User];
  const after = api.lastSeq;
  for (let i = 0; i < FLOOD; i += 1) api.say({ chat: userChat(flooder), from: flooder, text: `科技局2018年收到多少申请${i}` });
  const asked = Date.now();
  api.say({ chat: userChat(other), from: other, text: '科技局2018年主动公开了多少条信息' });
  const answer = await api.nextSent(other.id, after, 30_000);
  const latency = (api.calls.find((c) => c.seq === answer.seq)?.at ?? Date.now()) - asked;
  await api.waitFor(() => api.queue.pending.length === 0 && api.queue.polling, 30_000, 'the flood to be worked through');
  const toFlooder = api.sent(flooder.id, after);
  console.log(`bot-abuse: flood ${FLOOD} messages, flooder got ${toFlooder.length} replies, other user answered in ${latency} ms`);
  expect(answer.text).toMatch(/^50条/);
  expect(latency).toBeLessThan(OTHER_USER_BOUND_MS);
  // 20 answers, then one notice that the limit was reached; the rest are dropped without a word.
  expect(toFlooder).toHaveLength(21);
}, 60_000);

it('/reload is refused for a user who is not an admin, and works for the admin', async () => {
  const [user] = freshUsers(1) as [User];
  const after = api.lastSeq;
  api.say({ chat: userChat(user), from: user, text: '/reload' });
  expect((await api.nextSent(user.id, after)).text).toBe('这个命令只有管理员可以使用。');
  const admin = { id: 1, is_bot: false, first_name: 'Admin', language_code: 'zh-hans' };
  const after2 = api.lastSeq;
  api.say({ chat: userChat(admin), from: admin, text: '/reload' });
  expect((await api.nextSent(admin.id, after2)).text).toMatch(/^已重新载入/);
  expect(bot.stderr().match(/"msg":"store reloaded"/g)).toHaveLength(1);
}, 30_000);

it('the token appears in no log line, output or message, even after errors whose text holds the request URL', async () => {
  const users = freshUsers(3);
  const url = `${api.apiRoot}/bot${TOKEN}/sendMessage`;
  api.fail('sendMessage', { kind: 'api_error', code: 400, description: `Bad Request: failed at ${url} (token ${TOKEN})` });
  api.fail('sendChatAction', { kind: 'drop' });
  api.fail('sendMessage', { kind: 'drop' }, 5);
  const after = api.lastSeq;
  for (const u of users) api.say({ chat: userChat(u), from: u, text: '科技局2018年主动公开了多少条信息' });
  await api.waitFor(() => users.every((u) => api.sent(u.id, after).length > 0), 30_000, 'a message to every user');
  const sent = api.sent(undefined, 0).map((m) => `${m.html}\n${JSON.stringify(m.keyboard)}`).join('\n');
  const logs = bot.stderr();
  const failures = api.calls.filter((c) => c.seq > after && c.status !== 200).length;
  console.log(`bot-abuse token: ${failures} failed calls with the URL in their error, ${logs.split('\n').length} log lines, ${api.sent().length} messages checked`);
  expect(logs).toContain('[REDACTED]');
  for (const secret of [TOKEN, TOKEN.split(':')[1] as string, encodeURIComponent(TOKEN)]) {
    expect(logs).not.toContain(secret);
    expect(sent).not.toContain(secret);
  }
}, 40_000);
