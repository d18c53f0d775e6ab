/** A result that depends only on the store, kept for the most recent `max` keys of its kind. */
export type Memo = <T>(kind: string, key: string, max: number, compute: () => T) => T;

/** Per-kind maps in insertion order: a hit moves its key to the end, the oldest goes first. */
export function createMemo(): Memo {
  const kinds = new Map<string, Map<string, unknown>>();
  return <T>(kind: string, key: string, max: number, compute: () => T): T => {
    const map = kinds.get(kind) ?? new Map<string, unknown>();
    kinds.set(kind, map);
    if (map.has(key)) {
      const hit = map.get(key) as T;
      map.delete(key);
      map.set(key, hit);
      return hit;
    }
    const value = compute();
    if (max > 0) map.set(key, value);
    for (const oldest of map.keys()) {
      if (map.size <= max) break;
      map.delete(oldest);
    }
    return value;
  };
}
