import { createServer } from 'node:net';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { loadBotConfig, type BotConfig } from '../../src/interfaces/telegram/bot-config.ts';
import { createLogger } from '../../src/interfaces/telegram/create-logger.ts';
import { runBot, type RunBotOptions } from '../../src/interfaces/telegram/run-bot.ts';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { ask, newUser, privateOf } from './chat-helpers.ts';
import { fakeEngine, fakeSource } from './fake-engine.ts';

// runBot's life cycle in-process: start-up, stop, rejected tokens, webhook mode.

function harness(config: BotConfig, extra: RunBotOptions = {}) {
  const lines: string[] = [];
  const close = vi.fn();
  const controller = new AbortController();
  const logger = pino({}, { write: (l: string) => void lines.push(l) });
  const done = runBot(config, () => fakeEngine([]), {
    logger,
    loadSource: async () => ({ ...fakeSource({ count: 0 }), close }),
    handleSignals: false,
    signal: controller.signal,
    retry: { baseDelayMs: 10 },
    ...extra,
  });
  return { done, close, stop: () => controller.abort(), log: () => lines.join('') };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('runBot', () => {
  it('stops cleanly when asked: resolves 0, confirms the offset, closes the store', async () => {
    const api = await FakeBotApi.start({ lifetimeMs: 20_000 });
    const bot = harness(loadBotConfig({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot }));
    await api.waitFor(() => api.queue.polling, 10_000, 'polling');
    const user = newUser();
    await ask(api, privateOf(user), user, 'hi');
    bot.stop();
    expect(await bot.done).toBe(0);
    expect(bot.close).toHaveBeenCalledTimes(1);
    expect(api.queue.pending).toEqual([]);
    expect(api.queue.polling).toBe(false);
    await api.close();
  });

  it('resolves 1 with a clear message when the token is rejected at start', async () => {
    const api = await FakeBotApi.start({ token: '999:RIGHT', lifetimeMs: 20_000 });
    const bot = harness(loadBotConfig({ BOT_TOKEN: '999:WRONG', TELEGRAM_API_ROOT: api.apiRoot }));
    expect(await bot.done).toBe(1);
    expect(bot.log()).toContain('Telegram rejected BOT_TOKEN (401 Unauthorized)');
    expect(bot.close).toHaveBeenCalled();
    expect(api.callsOf('getMe').map((c) => c.status)).toEqual([401]);
    await api.close();
  });

  it('stops with 1 when the token is revoked while running', async () => {
    const api = await FakeBotApi.start({ lifetimeMs: 20_000 });
    const bot = harness(loadBotConfig({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot }));
    await api.waitFor(() => api.queue.polling, 10_000, 'polling');
    api.fail('sendMessage', { kind: 'api_error', code: 401, description: 'Unauthorized' }, 5);
    const user = newUser();
    api.say({ chat: privateOf(user), from: user, text: 'hi' });
    expect(await bot.done).toBe(1);
    expect(bot.log()).toContain('Telegram rejected BOT_TOKEN');
    expect(api.callsOf('sendMessage').map((c) => c.status)[0]).toBe(401);
    await api.close();
  });

  it('webhook mode: sets the webhook with its secret, answers posted updates, refuses a wrong secret', async () => {
    const api = await FakeBotApi.start({ lifetimeMs: 20_000 });
    const port = await freePort();
    const config: BotConfig = { ...loadBotConfig({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot }), webhook: { url: 'https://bot.example.org/tg/hook', port, secret: 'S3cret' } };
    const bot = harness(config);
    const hook = await api.waitFor(() => api.callsOf('setWebhook').find((c) => c.status === 200), 10_000, 'setWebhook');
    expect(hook.params).toMatchObject({ url: 'https://bot.example.org/tg/hook', secret_token: 'S3cret' });
    const user = newUser();
    const update = { update_id: 1, message: { message_id: 1, date: 0, chat: privateOf(user), from: user, text: 'via webhook' } };
    const post = (secret: string) =>
      fetch(`http://127.0.0.1:${port}/tg/hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) });
    expect((await post('wrong')).status).toBe(403);
    expect((await post('S3cret')).status).toBe(200);
    expect(api.sent(user.id).map((m) => m.text)).toEqual(['echo: via webhook']);
    expect(api.callsOf('getUpdates')).toEqual([]);
    bot.stop();
    expect(await bot.done).toBe(0);
    await api.close();
  });
});

describe('createLogger', () => {
  it('scrubs the token from every line it writes', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const log = createLogger('info', '42:SeCrEt');
      log.error({ err: new Error('GET https://api.telegram.org/bot42:SeCrEt/getMe failed'), url: '/bot42:SeCrEt/x' }, 'token 42:SeCrEt');
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).not.toContain('SeCrEt');
    expect(written.join('')).toContain('[REDACTED]');
  });
});
