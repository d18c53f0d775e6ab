import type { Message } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { readIncoming } from '../../src/interfaces/telegram/read-incoming.ts';
import { buildMessage } from '../fixtures/fake-bot-api/update-builders.ts';

const me = { id: 42, username: 'zd_reports_bot' };
const alice = { id: 7, is_bot: false, first_name: 'Alice' };
const privateChat = { id: 7, type: 'private' as const, first_name: 'Alice' };
const group = { id: -100, type: 'supergroup' as const, title: 'G' };
const botMessage = { message_id: 1, date: 0, chat: group, from: { id: 42, is_bot: true, first_name: 'Bot' }, text: '50条' } as Message;
const otherMessage = { ...botMessage, from: { id: 8, is_bot: false, first_name: 'Bob' } } as Message;

const msg = (chat: Message['chat'], text: string | null, replyTo?: Message) =>
  buildMessage({ chat, from: alice, ...(text === null ? { sticker: true } : { text }), ...(replyTo ? { replyTo } : {}) }, 5, 0);

describe('readIncoming', () => {
  it.each([
    ['private question', msg(privateChat, '科技局2018年收到多少申请'), { kind: 'question', text: '科技局2018年收到多少申请' }],
    ['private command', msg(privateChat, '/years 科技局'), { kind: 'command', command: 'years', args: '科技局', explicit: false }],
    ['private sticker', msg(privateChat, null), { kind: 'non_text' }],
    ['group plain message: ignored', msg(group, '科技局2018年收到多少申请'), null],
    ['group sticker: ignored', msg(group, null), null],
    ['group bare command', msg(group, '/help'), { kind: 'command', command: 'help', args: '', explicit: false }],
    ['group /cmd@thisbot', msg(group, '/ask@zd_reports_bot 科技局2018年收到多少申请'), { kind: 'command', command: 'ask', args: '科技局2018年收到多少申请', explicit: true }],
    ['group /cmd@ThisBot (any case)', msg(group, '/Ask@ZD_Reports_Bot x'), { kind: 'command', command: 'ask', args: 'x', explicit: true }],
    ['group /cmd@otherbot: ignored', msg(group, '/ask@other_bot x'), null],
    ['group mention: question without the mention', msg(group, '@zd_reports_bot 科技局2018年收到多少申请'), { kind: 'question', text: '科技局2018年收到多少申请' }],
    ['group mention in the middle', msg(group, '请问 @zd_reports_bot 科技局呢'), { kind: 'question', text: '请问 科技局呢' }],
    ['group mention alone: help', msg(group, '@zd_reports_bot'), { kind: 'command', command: 'help', args: '', explicit: true }],
    ['group mention of someone else: ignored', msg(group, '@somebody_else 你好'), null],
    ['group reply to the bot', msg(group, '那2017年呢', botMessage), { kind: 'question', text: '那2017年呢' }],
    ['group reply to someone else: ignored', msg(group, '那2017年呢', otherMessage), null],
  ])('%s', (_name, message, expected) => {
    expect(readIncoming(message, me)).toEqual(expected);
  });

  it('ignores other bots and channels', () => {
    const fromBot = { ...msg(privateChat, 'hi'), from: { id: 9, is_bot: true, first_name: 'B' } } as Message;
    const channel = { ...msg(privateChat, 'hi'), chat: { id: -5, type: 'channel', title: 'C' } } as Message;
    expect(readIncoming(fromBot, me)).toBeNull();
    expect(readIncoming(channel, me)).toBeNull();
  });

  it('reads mentions without entities (hand-made updates)', () => {
    const m = { message_id: 1, date: 0, chat: group, from: alice, text: '@zd_reports_bot 科技局' } as Message;
    expect(readIncoming(m, me)).toEqual({ kind: 'question', text: '科技局' });
  });
});
