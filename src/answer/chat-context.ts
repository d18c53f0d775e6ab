import type { ChatContext, ContextStore } from '../model/fact-source.ts';

/** What an answer leaves behind for follow-ups; undefined fields keep their previous value. */
export type ContextPatch = Partial<Omit<ChatContext, 'updatedAt'>>;

/**
 * The chat's context if it is still live. After `ttlMs` of silence a follow-up like "那2018年呢"
 * would silently reuse an agency the user no longer has in mind, so old context is ignored.
 */
export function liveContext(store: ContextStore, chat: string | undefined, now: number, ttlMs: number): ChatContext | null {
  if (chat === undefined) return null;
  const ctx = store.get(chat);
  if (!ctx || now - ctx.updatedAt > ttlMs) return null;
  return ctx;
}

/** Merges a patch into the chat's (live) context and stamps it with `now`. */
export function saveContext(store: ContextStore, chat: string | undefined, previous: ChatContext | null, patch: ContextPatch, now: number): void {
  if (chat === undefined) return;
  const merged: ChatContext = { ...(previous ?? {}), updatedAt: now };
  for (const [k, v] of Object.entries(patch)) {
    if (v !== undefined) (merged as unknown as Record<string, unknown>)[k] = v;
  }
  store.set(chat, merged);
}
