import type { UpdateFeed } from './start-updates.ts';

export interface StopSources {
  /** Stops the bot when aborted. */
  signal?: AbortSignal;
  /** Listen for SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
}

/** Requests to stop, from a signal, an abort or a 401 in the middle of a reply; the first wins. */
export class StopSwitch {
  requested: { reason: string; code: number } | null = null;
  private feed: UpdateFeed | null = null;
  private onRequest: () => void = () => undefined;
  readonly whenRequested = new Promise<void>((resolve) => {
    this.onRequest = resolve;
  });

  request(reason: string, code: number): void {
    if (this.requested) return;
    this.requested = { reason, code };
    this.onRequest();
    this.feed?.stop(reason);
  }

  attach(feed: UpdateFeed): void {
    this.feed = feed;
    if (this.requested) feed.stop(this.requested.reason);
  }
}

/** SIGINT/SIGTERM and the abort signal ask for a clean stop (code 0); returns the unsubscribe. */
export function listenForStop(stop: StopSwitch, options: StopSources): () => void {
  const onSignal = (signal: NodeJS.Signals) => stop.request(signal, 0);
  const onAbort = () => stop.request('aborted', 0);
  if (options.handleSignals !== false) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    options.signal?.removeEventListener('abort', onAbort);
  };
}

/** Resolves true when `done` settles in time, false after `ms`. */
export async function within(done: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  // A feed that fails after the deadline has nobody left to report to.
  done.catch(() => undefined);
  try {
    return await Promise.race([done.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
