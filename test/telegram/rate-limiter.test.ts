import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/interfaces/telegram/rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows `limit` per rolling window, explains once, then stays silent until the window frees', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    const verdicts = [0, 1_000, 2_000, 3_000, 4_000].map((t) => {
      now = t;
      return limiter.check('u1');
    });
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'limited_notify', 'limited_silent']);
    expect(limiter.retryInSeconds('u1')).toBe(56);
    now = 60_000; // the first question left the window
    expect(limiter.check('u1')).toBe('ok');
    expect(limiter.check('u1')).toBe('limited_notify');
  });

  it('counts users separately', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    expect(limiter.check('a')).toBe('ok');
    expect(limiter.check('b')).toBe('ok');
    expect(limiter.check('a')).toBe('limited_notify');
  });

  it('forgets idle users', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1_000, () => now);
    for (let i = 0; i < 1500; i += 1) limiter.check(`u${i}`);
    now = 5_000;
    limiter.check('late');
    expect((limiter as unknown as { users: Map<string, unknown> }).users.size).toBe(1);
  });
});
