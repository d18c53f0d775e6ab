import type { Telegram } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { Keyboard } from './keyboards.ts';
import { splitHtml } from './split-html.ts';

export interface SendOptions {
  keyboard?: Keyboard;
  /** In groups the answer quotes the question it answers, so threads stay readable. */
  replyTo?: number;
}

/**
 * Sends HTML as one message, or several when it is over Telegram's limit: the keyboard goes on the
 * last part (under the text it belongs to), the reply reference on the first.
 */
export async function sendHtml(telegram: Telegram, chatId: number, html: string, options: SendOptions = {}): Promise<Message.TextMessage[]> {
  const parts = splitHtml(html);
  if (parts.length === 0) parts.push('…');
  const sent: Message.TextMessage[] = [];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    sent.push(
      await telegram.sendMessage(chatId, part, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(i === 0 && options.replyTo ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
        ...(last && options.keyboard?.length ? { reply_markup: { inline_keyboard: options.keyboard } } : {}),
      }),
    );
  }
  return sent;
}
