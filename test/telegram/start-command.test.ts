import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { startBotProcess } from './bot-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start with BOT_TOKEN set', () => {
  it('runs the Telegram bot (not the terminal chat), answers, and stops on SIGTERM', async () => {
    const api = await FakeBotApi.start();
    const bot = startBotProcess(
      { BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, STORE_PATH: join(dir, 'store.sqlite') },
      'src/interfaces/start-command.ts',
    );
    try {
      const user = { id: 4242, is_bot: false, first_name: 'Start' };
      const before = api.calls.length;
      api.say({ chat: { id: user.id, type: 'private', first_name: user.first_name }, from: user, text: '科技局2018年主动公开了多少条信息' });
      const reply = await api.waitFor(() => api.sent(user.id, before)[0], 20_000, 'a reply');
      expect(reply.text).toContain('50');
      bot.child.kill('SIGTERM');
      expect((await bot.exited).code).toBe(0);
    } finally {
      await bot.kill();
      await api.close();
    }
  }, 40_000);
});
