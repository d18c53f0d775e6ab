import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeBotApi, type Fault } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { userChat } from '../fixtures/fake-bot-api/update-builders.ts';
import type { BotProcess } from '../telegram/bot-process.ts';
import { allAnswered, countDeliveries, freshUsers, startBot, TOKEN } from './bot-harness.ts';

// The real bot process against the fake Bot API, with faults dripped in one at a time (a new one
// after each successful call), so no single call exhausts its retries: every update must still be
// answered exactly once. Some updates are also delivered twice by getUpdates.

const PLAN: [string, Fault][] = [
  ['sendMessage', { kind: 'retry_after', seconds: 1 }],
  ['sendMessage', { kind: 'status', status: 500 }],
  ['getUpdates', { kind: 'status', status: 502 }],
  ['sendMessage', { kind: 'drop' }],
  ['sendChatAction', { kind: 'retry_after', seconds: 1 }],
  ['sendMessage', { kind: 'slow', ms: 1500 }],
  ['getUpdates', { kind: 'drop' }],
  ['sendMessage', { kind: 'status', status: 502 }],
  ['sendChatAction', { kind: 'drop' }],
  ['getUpdates', { kind: 'retry_after', seconds: 1 }],
  ['sendMessage', { kind: 'retry_after', seconds: 1 }],
  ['sendChatAction', { kind: 'slow', ms: 800 }],
  ['sendMessage', { kind: 'drop' }],
  ['sendMessage', { kind: 'status', status: 500 }],
  ['getUpdates', { kind: 'slow', ms: 1000 }],
];
const STARTUP_FAULTS: [string, Fault][] = [
  ['getMe', { kind: 'retry_after', seconds: 1 }],
  ['setMyCommands', { kind: 'status', status: 502 }],
  ['deleteWebhook', { kind: 'drop' }],
];
const QUESTIONS = ['科技局2018年主动公开了多少条信息', '/years', '区政府2018年收到多少申请', '/agencies'];
const USERS = 40;
const DUPLICATES = 8;

let api: FakeBotApi;
let bot: BotProcess;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bot-faults-'));
  api = await FakeBotApi.start({ token: TOKEN, lifetimeMs: 90_000 });
  // Start-up calls fail too: the bot must still come up and poll.
  for (const [method, fault] of STARTUP_FAULTS) api.fail(method, fault);
  bot = await startBot(api, join(dir, 'store.sqlite'));
}, 40_000);

afterAll(async () => {
  await bot?.kill();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('answers every update exactly once through 429s, 5xx, resets, slow calls and duplicate deliveries', async () => {
  const plan = [...PLAN];
  const injected: string[] = [];
  const stop = api.onCall((call) => {
    const next = plan[0];
    if (call.status !== 200 || !next) return;
    plan.shift();
    injected.push(`${next[0]} ${next[1].kind}`);
    api.fail(...next);
  });
  const users = freshUsers(USERS);
  const after = api.lastSeq;
  users.forEach((user, i) => {
    api.say({ chat: userChat(user), from: user, text: QUESTIONS[i % QUESTIONS.length] as string });
    const update = api.queue.pending.at(-1);
    if (update && i % (USERS / DUPLICATES) === 0) api.redeliver(update);
  });
  await allAnswered(api, users, after, 45_000);
  // Let retries or a second handling of a duplicate land, if any would.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  stop();
  const count = countDeliveries(api, users, after);
  const faults = api.calls.filter((c) => c.seq > after && c.status !== 200).length;
  console.log(`bot-faults: ${count.updates} updates, ${DUPLICATES} delivered twice, ${STARTUP_FAULTS.length} start-up faults + ${injected.length} faults planned, ${faults} failed calls seen, lost ${count.lost}, duplicated ${count.duplicated}`);
  expect(injected.length).toBe(PLAN.length);
  expect(count).toEqual({ updates: USERS, lost: 0, duplicated: 0 });
  expect(api.calls.filter((c) => c.status === 400)).toEqual([]);
  expect(bot.stderr()).not.toContain(TOKEN);
}, 60_000);
