import { describe, expect, it } from 'vitest';
import { loadBotConfig } from '../../src/interfaces/telegram/bot-config.ts';

describe('loadBotConfig', () => {
  it('applies the defaults', () => {
    expect(loadBotConfig({ BOT_TOKEN: '123:TEST' })).toEqual({
      token: '123:TEST',
      apiRoot: 'https://api.telegram.org',
      adminIds: [],
      logLevel: 'info',
      rateLimitPerMinute: 20,
      maxQuestionChars: 500,
    });
  });

  it('reads every variable; an empty one counts as unset', () => {
    const config = loadBotConfig({
      BOT_TOKEN: '1:abc',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9000',
      ADMIN_IDS: ' 5, 6 ,',
      STORE_PATH: '/tmp/s.sqlite',
      LOG_LEVEL: 'debug',
      WEBHOOK_URL: 'https://bot.example.org/tg/hook',
      PORT: '8080',
      WEBHOOK_SECRET: 's3cret_X',
      RATE_LIMIT_PER_MINUTE: '5',
      MAX_QUESTION_CHARS: '',
    });
    expect(config).toMatchObject({
      apiRoot: 'http://127.0.0.1:9000',
      adminIds: [5, 6],
      storePath: '/tmp/s.sqlite',
      logLevel: 'debug',
      webhook: { url: 'https://bot.example.org/tg/hook', port: 8080, secret: 's3cret_X' },
      rateLimitPerMinute: 5,
      maxQuestionChars: 500,
    });
  });

  it('requires BOT_TOKEN with a clear message', () => {
    expect(() => loadBotConfig({})).toThrow(/BOT_TOKEN is required/);
  });

  it('lists every problem and never echoes the token', () => {
    const secret = 'not-a-token-but-secret';
    let message = '';
    try {
      loadBotConfig({ BOT_TOKEN: secret, ADMIN_IDS: '1,abc', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'loud', WEBHOOK_URL: 'http://insecure.example' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/BOT_TOKEN is not shaped like a bot token/);
    expect(message).toMatch(/ADMIN_IDS must be numeric/);
    expect(message).toMatch(/RATE_LIMIT_PER_MINUTE must be a positive whole number/);
    expect(message).toMatch(/LOG_LEVEL must be one of/);
    expect(message).toMatch(/WEBHOOK_URL must be an https URL/);
    expect(message).not.toContain(secret);
  });

  it('rejects a webhook secret without a webhook', () => {
    expect(() => loadBotConfig({ BOT_TOKEN: '1:a', WEBHOOK_SECRET: 'x' })).toThrow(/WEBHOOK_SECRET is set but WEBHOOK_URL is not/);
  });
});
