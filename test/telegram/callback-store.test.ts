import { describe, expect, it } from 'vitest';
import { CALLBACK_DATA_MAX_BYTES, callbackDataBytes, CallbackStore, type ButtonAction } from '../../src/interfaces/telegram/callback-store.ts';

describe('CallbackStore', () => {
  it.each<ButtonAction>([
    { kind: 'ask', question: '张店区机关事务服务中心2018年收到的政府信息公开申请中，自然人申请有多少件？'.repeat(3) },
    { kind: 'agency', agency: '淄博市张店区人民政府办公室（张店区政务服务管理办公室）'.repeat(2) },
    { kind: 'year', agency: '张店区科学技术局'.repeat(5), year: 2018 },
  ])('keeps callback_data within 64 UTF-8 bytes however long the action (%#)', (action) => {
    const store = new CallbackStore();
    const data = store.put(action);
    expect(callbackDataBytes(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(store.get(data)).toEqual(action);
  });

  it('stays within 64 bytes after a million buttons', () => {
    const store = new CallbackStore(10);
    let data = '';
    for (let i = 0; i < 1_000_000; i += 1) data = store.put({ kind: 'ask', question: `q${i}` });
    expect(callbackDataBytes(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
  });

  it('gives the same action the same data, so repeated menus do not fill the map', () => {
    const store = new CallbackStore();
    const a = store.put({ kind: 'agency', agency: '张店区科学技术局' });
    expect(store.put({ kind: 'agency', agency: '张店区科学技术局' })).toBe(a);
    expect(store.size).toBe(1);
  });

  it('evicts the least recently used and reports evicted or foreign data as unknown', () => {
    const store = new CallbackStore(2);
    const first = store.put({ kind: 'ask', question: '1' });
    const second = store.put({ kind: 'ask', question: '2' });
    store.get(first); // first is now the most recently used
    store.put({ kind: 'ask', question: '3' });
    expect(store.get(second)).toBeUndefined();
    expect(store.get(first)).toEqual({ kind: 'ask', question: '1' });
    expect(store.size).toBe(2);
    expect(store.get('b:nonsense')).toBeUndefined();
    expect(store.get('something else')).toBeUndefined();
  });

  it('does not recognise data from an earlier process', () => {
    const before = new CallbackStore().put({ kind: 'ask', question: 'x' });
    const after = new CallbackStore();
    after.put({ kind: 'ask', question: 'y' });
    // Same counter value, but ids carry a per-process random prefix.
    expect(after.get(before.replace(/\.[^.]*$/, '.1'))).toBeUndefined();
  });
});
