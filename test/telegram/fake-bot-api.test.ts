import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { userChat } from '../fixtures/fake-bot-api/update-builders.ts';
import { validateTelegramHtml } from '../fixtures/fake-bot-api/validate-html.ts';

describe('validateTelegramHtml', () => {
  it.each([
    ['plain', true],
    ['<b>bold</b> <i>it</i> <a href="https://x.org/?a=1&amp;b=2">link</a>', true],
    ['<blockquote expandable>q</blockquote><tg-spoiler>s</tg-spoiler><pre><code class="language-js">x</code></pre>', true],
    ['&lt; &gt; &amp; &quot; &#20013; &#x4E2D;', true],
    ['a & b', false],
    ['&nbsp;', false],
    ['<b>unclosed', false],
    ['<b><i>crossed</b></i>', false],
    ['<div>no</div>', false],
    ['1 < 2', false],
    ['</b>', false],
  ])('%j → %s', (html, ok) => {
    expect(validateTelegramHtml(html).ok).toBe(ok);
  });

  it('reports the reason the way the Bot API does', () => {
    expect(validateTelegramHtml('<div>')).toEqual({ ok: false, error: `can't parse entities: Unsupported start tag "div" at byte offset 0` });
  });
});

describe('FakeBotApi', () => {
  let api: FakeBotApi;
  const call = async (method: string, body?: object, token = api.token) => {
    const res = await fetch(`${api.apiRoot}/bot${token}/${method}`, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {});
    return { status: res.status, body: (await res.json()) as { ok: boolean; result?: unknown; description?: string; error_code?: number; parameters?: { retry_after: number } } };
  };
  const user = { id: 5, is_bot: false, first_name: 'U' };

  beforeEach(async () => {
    api = await FakeBotApi.start({ lifetimeMs: 20_000 });
  });
  afterEach(() => api.close());

  it('answers getMe, rejects a wrong token with 401 and an unknown method with 404', async () => {
    expect((await call('getMe')).body.result).toMatchObject({ id: 123, is_bot: true, username: 'zd_reports_bot' });
    expect(await call('getMe', undefined, '123:WRONG')).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    expect(await call('sendTelepathy', {})).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
  });

  it('validates sendMessage like the real API', async () => {
    expect((await call('sendMessage', { text: 'x' })).body.description).toBe('Bad Request: chat_id is empty');
    expect((await call('sendMessage', { chat_id: 5, text: 'x'.repeat(4097) })).body.description).toBe('Bad Request: message is too long');
    // 4096 after entity parsing is fine even though the source is longer.
    expect((await call('sendMessage', { chat_id: 5, text: '&amp;'.repeat(4096), parse_mode: 'HTML' })).status).toBe(200);
    expect((await call('sendMessage', { chat_id: 5, text: 'a & b', parse_mode: 'HTML' })).body.description).toMatch(/^Bad Request: can't parse entities: /);
    expect((await call('sendMessage', { chat_id: 5, text: '<b>x</b>', parse_mode: 'HTML', reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: '科'.repeat(22) }]] } })).body.description).toBe('Bad Request: BUTTON_DATA_INVALID');
    const ok = await call('sendMessage', { chat_id: 5, text: '<b>50</b>条', parse_mode: 'HTML' });
    expect(ok.body.result).toMatchObject({ message_id: 2, chat: { id: 5 }, text: '50条' });
    expect(api.sent(5).map((m) => m.text)).toEqual(['&'.repeat(4096), '50条']);
  });

  it('accepts form bodies', async () => {
    const res = await fetch(`${api.apiRoot}/bot${api.token}/sendMessage`, { method: 'POST', body: new URLSearchParams({ chat_id: '5', text: 'hi', reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] }) }) });
    expect(res.status).toBe(200);
    expect(api.sent(5)[0]?.keyboard).toEqual([[{ text: 'a', callback_data: 'b' }]]);
  });

  it('holds getUpdates until an update arrives, and confirms updates below the offset', async () => {
    const started = Date.now();
    const pending = call('getUpdates', { offset: 0, timeout: 5 });
    setTimeout(() => api.say({ chat: userChat(user), from: user, text: '/start' }), 200);
    const first = (await pending).body.result as { update_id: number; message: { entities: unknown[] } }[];
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(first).toHaveLength(1);
    expect(first[0]?.message.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect((await call('getUpdates', { offset: 0 })).body.result).toHaveLength(1);
    expect((await call('getUpdates', { offset: 2 })).body.result).toEqual([]);
    expect(api.queue.pending).toEqual([]);
  });

  it('times out an empty long poll with [] and releases it on close', async () => {
    expect((await call('getUpdates', { timeout: 1 })).body.result).toEqual([]);
    const pending = call('getUpdates', { timeout: 30 });
    await api.waitFor(() => api.queue.polling, 2000, 'a held poll');
    await api.close();
    expect((await pending).body.result).toEqual([]);
  });

  it('injects faults for the next calls of a method, also into a held getUpdates', async () => {
    api.fail('sendMessage', { kind: 'retry_after', seconds: 3 });
    expect(await call('sendMessage', { chat_id: 5, text: 'x' })).toMatchObject({ status: 429, body: { error_code: 429, parameters: { retry_after: 3 } } });
    expect((await call('sendMessage', { chat_id: 5, text: 'x' })).status).toBe(200);
    const held = fetch(`${api.apiRoot}/bot${api.token}/getUpdates?timeout=30`);
    await api.waitFor(() => api.queue.polling, 2000, 'a held poll');
    api.fail('getUpdates', { kind: 'status', status: 502 });
    expect((await held).status).toBe(502);
    api.fail('getMe', { kind: 'drop' });
    await expect(call('getMe')).rejects.toThrow();
    expect(api.callsOf('getMe').map((c) => c.status)).toEqual([0]);
  });

  it('checks callback query ids and edits', async () => {
    const sent = (await call('sendMessage', { chat_id: 5, text: 'x' })).body.result as { message_id: number };
    const id = api.press(user, api.sent(5)[0]!.message, 'b:1');
    expect((await call('answerCallbackQuery', { callback_query_id: id })).status).toBe(200);
    expect((await call('answerCallbackQuery', { callback_query_id: 'nope' })).status).toBe(400);
    expect((await call('editMessageText', { chat_id: 5, message_id: sent.message_id, text: 'x' })).body.description).toMatch(/message is not modified/);
    expect((await call('editMessageText', { chat_id: 5, message_id: sent.message_id, text: 'y' })).status).toBe(200);
    expect((await call('editMessageText', { chat_id: 5, message_id: 99, text: 'y' })).body.description).toBe('Bad Request: message to edit not found');
  });

  it('stores command menus per scope and language', async () => {
    await call('setMyCommands', { commands: [{ command: 'start', description: '开始' }] });
    await call('setMyCommands', { commands: [{ command: 'start', description: 'Start' }], language_code: 'en' });
    expect((await call('setMyCommands', { commands: [{ command: 'Bad-Name', description: 'x' }] })).body.description).toBe('Bad Request: BOT_COMMAND_INVALID');
    expect((await call('getMyCommands', { language_code: 'en' })).body.result).toEqual([{ command: 'start', description: 'Start' }]);
  });
});
