import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { userChat } from '../fixtures/fake-bot-api/update-builders.ts';
import type { BotProcess } from '../telegram/bot-process.ts';
import { allAnswered, countDeliveries, freshUsers, startBot, TOKEN } from '../reliability/bot-harness.ts';

// kill -9 at fixed delays after the bot starts polling (not at chosen calls), 150 updates in
// batches of 10. Lost must be 0. A duplicate is possible when a kill lands while a sendMessage is
// in flight: Telegram accepted the reply but the bot never learnt it (see RELIABILITY.md). Up to a
// batch (10) can be in flight at once, so at most BATCH per kill.

const DELAYS_MS = [150, 400, 700, 1000, 1300, 1600, 2000, 2500];
const USERS = 150;
const BATCH = 10;

describe('stress: bot kill -9 at random moments', () => {
  let api: FakeBotApi;
  let bot: BotProcess | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'bot-kill-random-'));

  afterAll(async () => {
    await bot?.kill();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${DELAYS_MS.length} kills at fixed delays: every update answered, duplicates only from replies in flight at a kill`, async () => {
    api = await FakeBotApi.start({ token: TOKEN, lifetimeMs: 300_000 });
    api.queue.batchLimit = BATCH;
    const users = freshUsers(USERS);
    for (const [i, user] of users.entries()) api.say({ chat: userChat(user), from: user, text: i % 2 ? '/years' : '科技局2018年主动公开了多少条信息' });
    for (const delay of DELAYS_MS) {
      const running = await startBot(api, join(dir, 'store.sqlite'));
      bot = running;
      await new Promise((resolve) => setTimeout(resolve, delay));
      running.child.kill('SIGKILL');
      await running.exited;
      bot = null;
    }
    bot = await startBot(api, join(dir, 'store.sqlite'));
    await allAnswered(api, users, 0, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const count = countDeliveries(api, users);
    console.log(`stress bot-kill-random: ${count.updates} updates, ${DELAYS_MS.length} kill -9, lost ${count.lost}, duplicated ${count.duplicated}`);
    expect(count.lost).toBe(0);
    expect(count.duplicated).toBeLessThanOrEqual(DELAYS_MS.length * BATCH);
  }, 300_000);
});
