import type { Chat, User } from 'telegraf/types';
import type { FakeBotApi, SentMessage } from '../fixtures/fake-bot-api/fake-bot-api.ts';
import { userChat, type GroupChat } from '../fixtures/fake-bot-api/update-builders.ts';

let nextUser = 2000;

/** A fresh user (own id, so rate limits and chat context never leak between tests). */
export function newUser(language_code = 'zh-hans'): User {
  nextUser += 1;
  return { id: nextUser, is_bot: false, first_name: `U${nextUser}`, language_code };
}

export const privateOf = userChat;

export function newGroup(): GroupChat {
  nextUser += 1;
  return { id: -1_000_000 - nextUser, type: 'supergroup', title: `Group ${nextUser}` };
}

/** Sends `text` as `from` in `chat` and resolves with the bot's next message to that chat. */
export async function ask(api: FakeBotApi, chat: Chat, from: User, text: string, timeoutMs = 10_000): Promise<SentMessage> {
  const after = api.lastSeq;
  api.say({ chat, from, text });
  return api.nextSent(chat.id, after, timeoutMs);
}

/** Presses the button whose label contains `label` on `message` and resolves with the bot's next message. */
export async function press(api: FakeBotApi, from: User, message: SentMessage, label: string, timeoutMs = 10_000): Promise<SentMessage> {
  const button = message.keyboard.flat().find((b) => b.text.includes(label));
  if (!button || !('callback_data' in button)) throw new Error(`no button "${label}" in ${JSON.stringify(message.keyboard)}`);
  const after = api.lastSeq;
  api.press(from, message.message, button.callback_data);
  return api.nextSent(message.chatId, after, timeoutMs);
}

/** Calls of the bot that the fake rejected with 400 (e.g. invalid HTML): should stay empty. */
export const badRequests = (api: FakeBotApi) => api.calls.filter((c) => c.status === 400);
