import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { userChat } from '../fixtures/fake-bot-api/update-builders.ts';
import type { BotProcess } from '../telegram/bot-process.ts';
import { allAnswered, countDeliveries, freshUsers, startBot, TOKEN } from './bot-harness.ts';

// kill -9 of the bot mid-stream, then a restart on the same store. The fake hands out one update
// per getUpdates so each kill point is exact: the request that triggers it is swallowed, as if the
// process had died just before sending it.

const USERS = 12;
let api: FakeBotApi;
let dir: string;
let bot: BotProcess | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bot-kill-'));
  api = await FakeBotApi.start({ token: TOKEN, lifetimeMs: 120_000 });
  api.queue.batchLimit = 1;
});

afterAll(async () => {
  await bot?.kill();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type KillPoint = (method: string, params: Record<string, unknown>) => boolean;

/** Runs the bot until `killAt` fires (then SIGKILL); resolves when the process is gone. */
async function runUntilKilled(killAt: KillPoint): Promise<void> {
  const running = await startBot(api, join(dir, 'store.sqlite'));
  bot = running;
  const killed = new Promise<void>((resolve) => {
    api.beforeRequest = (method, params) => {
      if (!killAt(method, params)) return true;
      api.beforeRequest = null;
      running.child.kill('SIGKILL');
      resolve();
      return false;
    };
  });
  await Promise.race([killed, running.exited.then(() => Promise.reject(new Error(`bot exited before the kill point:\n${running.stderr()}`)))]);
  await running.exited;
  bot = null;
}

const nth = (method: string, n: number): KillPoint => {
  let seen = 0;
  return (m) => m === method && (seen += 1) === n;
};

it('kill -9 at four points mid-stream: after restarts every update is answered, none twice', async () => {
  const users = freshUsers(USERS);
  const after = api.lastSeq;
  for (const user of users) api.say({ chat: userChat(user), from: user, text: '科技局2018年主动公开了多少条信息' });
  const first = api.queue.pending[0]?.update_id ?? 0;
  // 1. Three updates answered, then dead before the getUpdates that would confirm the third.
  await runUntilKilled((m, p) => m === 'getUpdates' && Number(p.offset) >= first + 3);
  expect(countDeliveries(api, users, after).duplicated).toBe(0);
  // 2. Dead while showing "typing…" for the second update after the restart (not yet answered).
  await runUntilKilled(nth('sendChatAction', 2));
  // 3. Dead while sending a reply (the request never reaches Telegram).
  await runUntilKilled(nth('sendMessage', 2));
  // 4. Dead right after a reply, before the next getUpdates confirms it.
  await runUntilKilled(nth('getUpdates', 3));
  bot = await startBot(api, join(dir, 'store.sqlite'));
  await allAnswered(api, users, after, 30_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const count = countDeliveries(api, users, after);
  console.log(`bot-kill-restart: ${count.updates} updates, 4 kill -9, lost ${count.lost}, duplicated ${count.duplicated}`);
  expect(count).toEqual({ updates: USERS, lost: 0, duplicated: 0 });
  expect(bot.stderr()).not.toContain(TOKEN);
}, 90_000);
