import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// The bench drives the real bot against the same fake Bot API the end-to-end tests use.
import { FakeBotApi } from '../../test/fixtures/fake-bot-api/fake-bot-api.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USERS = 100;

export interface BotThroughput {
  updates: number;
  delivered: number;
  seconds: number;
  updatesPerS: number;
}

/**
 * bot_updates_per_s: the real bot process (store already built) against a loopback Bot API holding
 * `count` queued questions from 100 users; delivered replies per second from queueing to the last reply.
 */
export async function measureBot(store: string, reportsDir: string, questions: string[], count = 1000): Promise<BotThroughput> {
  const api = await FakeBotApi.start({ lifetimeMs: 600_000 });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/interfaces/telegram/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, STORE_PATH: store, REPORTS_DIR: reportsDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  try {
    await api.waitFor(() => api.calls.some((c) => c.method === 'getUpdates'), 120_000, 'the bot to start polling');
    const before = api.sent().length;
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const user = { id: 10_000 + (i % USERS), is_bot: false, first_name: `u${i % USERS}` };
      api.say({ chat: { id: user.id, type: 'private', first_name: user.first_name }, from: user, text: questions[i % questions.length] ?? '/help' });
    }
    await api.waitFor(() => api.sent().length - before >= count, 300_000, `${count} replies`);
    const seconds = (performance.now() - t0) / 1000;
    const delivered = api.sent().length - before;
    return { updates: count, delivered, seconds, updatesPerS: count / seconds };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await api.close();
  }
}
