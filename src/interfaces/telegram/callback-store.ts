import { randomBytes } from 'node:crypto';
import type { ReplyOption } from './engine-port.ts';

/** What pressing a button does. */
export type ButtonAction =
  | { kind: 'ask'; question: string; option?: ReplyOption }
  | { kind: 'agency'; agency: string }
  | { kind: 'year'; agency: string; year: number };

/** Telegram rejects callback_data over 64 bytes (UTF-8), so buttons carry a short id instead. */
export const CALLBACK_DATA_MAX_BYTES = 64;
const PREFIX = 'b:';

export const callbackDataBytes = (data: string) => Buffer.byteLength(data, 'utf8');

/**
 * Per-process map from a short button id to its action, least recently used evicted first.
 * Ids are not reused, so a button from before a restart or an eviction is reported as expired
 * instead of silently doing something else.
 */
export class CallbackStore {
  private readonly actions = new Map<string, ButtonAction>();
  private readonly ids = new Map<string, string>();
  private counter = 0;
  // Distinguishes this process's ids from those on buttons sent before a restart.
  private readonly epoch = randomBytes(3).toString('base64url');

  constructor(private readonly capacity = 5000) {}

  /** callback_data for an action (the same action gets the same data while it is remembered). */
  put(action: ButtonAction): string {
    const key = JSON.stringify(action);
    const known = this.ids.get(key);
    const id = known ?? `${this.epoch}.${(this.counter += 1).toString(36)}`;
    this.touch(id, key, action);
    if (this.actions.size > this.capacity) this.evictOldest();
    return `${PREFIX}${id}`;
  }

  /** The action behind callback_data, or undefined when unknown or evicted (the button expired). */
  get(data: string): ButtonAction | undefined {
    if (!data.startsWith(PREFIX)) return undefined;
    const id = data.slice(PREFIX.length);
    const action = this.actions.get(id);
    if (action) this.touch(id, JSON.stringify(action), action);
    return action;
  }

  get size(): number {
    return this.actions.size;
  }

  private touch(id: string, key: string, action: ButtonAction): void {
    this.actions.delete(id);
    this.actions.set(id, action);
    this.ids.set(key, id);
  }

  private evictOldest(): void {
    const oldest = this.actions.entries().next().value;
    if (!oldest) return;
    this.actions.delete(oldest[0]);
    this.ids.delete(JSON.stringify(oldest[1]));
  }
}
