import { describe, expect, it } from 'vitest';
import { redactError, redactToken } from '../../src/interfaces/telegram/redact-token.ts';

const TOKEN = '123456:AAH-secret_Value';

describe('redactToken', () => {
  it.each([
    ['request to https://api.telegram.org/bot123456:AAH-secret_Value/sendMessage failed', 'request to https://api.telegram.org/bot[REDACTED]/sendMessage failed'],
    ['token 123456:AAH-secret_Value leaked', 'token [REDACTED] leaked'],
    ['encoded /bot123456%3AAAH-secret_Value/getMe', 'encoded /bot[REDACTED]/getMe'],
    ['another bot /bot999:OTHER/getMe', 'another bot /bot[REDACTED]/getMe'],
    ['nothing secret', 'nothing secret'],
  ])('%s', (input, expected) => {
    expect(redactToken(input, TOKEN)).toBe(expected);
  });

  it('scrubs message and stack of an error', () => {
    const err = new Error(`request to http://x/bot${TOKEN}/getUpdates failed`);
    const safe = redactError(err, TOKEN);
    expect(JSON.stringify(safe)).not.toContain('secret');
    expect(safe.stack).toContain('/bot[REDACTED]/getUpdates');
    expect(redactError(`plain ${TOKEN}`, TOKEN).message).toBe('plain [REDACTED]');
  });
});
