import type { User } from 'telegraf/types';
import type { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { startBotProcess, type BotProcess } from '../telegram/bot-process.ts';

export const TOKEN = '987654:SECRET-reliability-token_xyz';

let nextUser = 700_000;

/** `n` fresh users, each with a private chat of its own (so replies per chat = replies per update). */
export function freshUsers(n: number): User[] {
  return Array.from({ length: n }, () => {
    nextUser += 1;
    return { id: nextUser, is_bot: false, first_name: `R${nextUser}`, language_code: 'zh-hans' };
  });
}

/** Starts the real bot against `api` with its store at `storePath`; resolves once it polls. */
export async function startBot(api: FakeBotApi, storePath: string, env: Record<string, string> = {}): Promise<BotProcess> {
  const bot = startBotProcess({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, STORE_PATH: storePath, ADMIN_IDS: '1', RATE_LIMIT_PER_MINUTE: '1000', ...env }, 'test/reliability/bot-main-with-stdout.ts');
  const before = api.lastSeq;
  await Promise.race([
    api.waitFor(() => api.queue.polling || api.callsOf('getUpdates', before).length > 0, 30_000, 'the bot to start polling'),
    bot.exited.then(({ code }) => Promise.reject(new Error(`bot exited (${code}) before polling:\n${bot.stderr()}`))),
  ]);
  return bot;
}

export interface DeliveryCount {
  updates: number;
  lost: number;
  duplicated: number;
}

/** Replies the fake delivered (sendMessage 200) per user's chat, after call `after`. */
export function countDeliveries(api: FakeBotApi, users: User[], after = 0): DeliveryCount {
  const per = users.map((u) => api.sent(u.id, after).length);
  return { updates: users.length, lost: per.filter((n) => n === 0).length, duplicated: per.reduce((s, n) => s + Math.max(0, n - 1), 0) };
}

/** Resolves once every user's chat has at least one reply, or rejects after `timeoutMs`. */
export function allAnswered(api: FakeBotApi, users: User[], after: number, timeoutMs: number): Promise<true> {
  return api.waitFor(() => countDeliveries(api, users, after).lost === 0, timeoutMs, `replies to ${users.length} users`);
}
