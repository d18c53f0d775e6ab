import { TelegramError } from 'telegraf';
import { describe, expect, it, vi } from 'vitest';
import { withRetries, type RetryPolicy } from '../../src/interfaces/telegram/with-retries.ts';

const tgError = (error_code: number, retry_after?: number) =>
  new TelegramError({ error_code, description: `error ${error_code}`, ...(retry_after !== undefined ? { parameters: { retry_after } } : {}) });
const fetchError = () => Object.assign(new Error('request failed, reason: socket hang up'), { name: 'FetchError', code: 'ECONNRESET' });

/** A call failing with `errors` in turn, then answering 'ok'; and the waits the wrapper asked for. */
function setup(errors: unknown[], policy: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  const call = vi.fn(async () => {
    const next = errors.shift();
    if (next) throw next;
    return 'ok';
  });
  const onUnauthorized = vi.fn();
  const wrapped = withRetries(call, {
    maxAttempts: 5,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    maxRetryAfterS: 60,
    random: () => 1,
    sleep: async (ms) => void waits.push(ms),
    onUnauthorized,
    ...policy,
  });
  return { call, wrapped, waits, onUnauthorized };
}

describe('withRetries', () => {
  it('429: waits exactly retry_after and repeats the same call', async () => {
    const { call, wrapped, waits } = setup([tgError(429, 3)]);
    await expect(wrapped('sendMessage', { chat_id: 1, text: 'x' })).resolves.toBe('ok');
    expect(waits).toEqual([3000]);
    expect(call.mock.calls).toEqual([
      ['sendMessage', { chat_id: 1, text: 'x' }, undefined],
      ['sendMessage', { chat_id: 1, text: 'x' }, undefined],
    ]);
  });

  it('429 asking for longer than maxRetryAfterS fails instead of hanging', async () => {
    const { wrapped, waits } = setup([tgError(429, 3600)]);
    await expect(wrapped('sendMessage', {})).rejects.toMatchObject({ code: 429 });
    expect(waits).toEqual([]);
  });

  it('5xx and network errors back off exponentially, bounded by maxDelayMs', async () => {
    const { wrapped, waits } = setup([tgError(502), fetchError(), tgError(500), tgError(503)]);
    await expect(wrapped('getUpdates', {})).resolves.toBe('ok');
    expect(waits).toEqual([100, 200, 400, 800]);
    const capped = setup([tgError(502), tgError(502), tgError(502), tgError(502)], { maxDelayMs: 250 });
    await capped.wrapped('getUpdates', {});
    expect(capped.waits).toEqual([100, 200, 250, 250]);
  });

  it('jitter keeps each wait between half and all of the back-off', async () => {
    const { wrapped, waits } = setup([tgError(500)], { random: () => 0 });
    await wrapped('sendMessage', {});
    expect(waits).toEqual([50]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const { call, wrapped } = setup([tgError(502), tgError(502), tgError(502)], { maxAttempts: 3 });
    await expect(wrapped('sendMessage', {})).rejects.toMatchObject({ code: 502 });
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('401 stops at once and reports the rejected token', async () => {
    const { call, wrapped, onUnauthorized } = setup([tgError(401)]);
    await expect(wrapped('getMe', {})).rejects.toMatchObject({ code: 401 });
    expect(call).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('400 and 403 are not retried (repeating a rejected request cannot help)', async () => {
    for (const code of [400, 403]) {
      const { call, wrapped } = setup([tgError(code)]);
      await expect(wrapped('sendMessage', {})).rejects.toMatchObject({ code });
      expect(call).toHaveBeenCalledTimes(1);
    }
  });

  it('an aborted call (stopped polling) is not retried', async () => {
    const controller = new AbortController();
    controller.abort();
    const { call, wrapped } = setup([Object.assign(new Error('aborted'), { name: 'AbortError' }), tgError(502)]);
    await expect(wrapped('getUpdates', {}, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('uses real timers by default: a 429 with retry_after 1 resolves about a second later', async () => {
    let calls = 0;
    const wrapped = withRetries(async () => {
      calls += 1;
      if (calls === 1) throw tgError(429, 1);
      return 'ok';
    });
    const started = Date.now();
    await expect(wrapped('sendMessage', {})).resolves.toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});
