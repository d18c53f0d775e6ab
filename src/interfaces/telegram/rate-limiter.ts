export type RateVerdict = 'ok' | 'limited_notify' | 'limited_silent';

interface UserWindow {
  hits: number[];
  notified: boolean;
}

/**
 * Per-user rolling-window limit: `limit` questions in any `windowMs`. The first refused question
 * gets a polite reply, later ones are dropped silently until the window has room again (so a
 * flood cannot make the bot flood back).
 */
export class RateLimiter {
  private readonly users = new Map<string, UserWindow>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  check(user: string): RateVerdict {
    const t = this.now();
    const w = this.users.get(user) ?? { hits: [], notified: false };
    w.hits = w.hits.filter((h) => t - h < this.windowMs);
    this.users.set(user, w);
    if (w.hits.length < this.limit) {
      w.hits.push(t);
      w.notified = false;
      this.prune(t);
      return 'ok';
    }
    if (w.notified) return 'limited_silent';
    w.notified = true;
    return 'limited_notify';
  }

  /** Seconds until `user` may ask again (0 when they may now). */
  retryInSeconds(user: string): number {
    const first = this.users.get(user)?.hits[0];
    if (first === undefined) return 0;
    return Math.max(0, Math.ceil((first + this.windowMs - this.now()) / 1000));
  }

  // Forget users whose window is empty, so the map does not grow with every user ever seen.
  private prune(t: number): void {
    if (this.users.size < 1000) return;
    for (const [user, w] of this.users) {
      if (w.hits.every((h) => t - h >= this.windowMs)) this.users.delete(user);
    }
  }
}
