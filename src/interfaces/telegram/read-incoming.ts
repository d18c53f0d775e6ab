import type { Message, MessageEntity } from 'telegraf/types';

/** What a message asks of the bot. */
export type Incoming =
  /** `explicit`: written /cmd@thisbot, so surely meant for this bot even in a busy group. */
  | { kind: 'command'; command: string; args: string; explicit: boolean }
  | { kind: 'question'; text: string }
  /** A sticker, photo, voice … in a private chat: the bot only reads text. */
  | { kind: 'non_text' };

export interface BotIdentity {
  id: number;
  username: string;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The leading /command, or 'other' when it is addressed to another bot (/cmd@otherbot). */
function readCommand(text: string, entities: MessageEntity[], me: BotIdentity) {
  const entity = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  const raw = entity ? text.slice(0, entity.length) : /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text)?.[0];
  if (!raw) return null;
  const [name = '', at] = raw.slice(1).split('@');
  if (at !== undefined && !sameName(at, me.username)) return 'other' as const;
  return { kind: 'command' as const, command: name.toLowerCase(), args: text.slice(raw.length).trim(), explicit: at !== undefined };
}

/** The text with every @mention of this bot cut out, and whether there was one. */
function stripMentions(text: string, entities: MessageEntity[], me: BotIdentity): { text: string; mentioned: boolean } {
  const ours = entities
    .filter((e) => (e.type === 'mention' && sameName(text.slice(e.offset + 1, e.offset + e.length), me.username)) || (e.type === 'text_mention' && e.user.id === me.id))
    .sort((a, b) => b.offset - a.offset);
  if (entities.length === 0) {
    // Clients always send entities; this only covers hand-made updates.
    const mentioned = new RegExp(`@${me.username}\\b`, 'i').test(text);
    return { text: text.replace(new RegExp(`@${me.username}\\b`, 'gi'), ' ').trim(), mentioned };
  }
  let out = text;
  for (const e of ours) out = `${out.slice(0, e.offset)} ${out.slice(e.offset + e.length)}`;
  return { text: out.replace(/\s+/g, ' ').trim(), mentioned: ours.length > 0 };
}

/**
 * Decides whether a message is for the bot, following Telegram's privacy-mode convention: in a
 * private chat everything is; in a group only commands (bare or /cmd@thisbot), messages that
 * mention the bot and replies to the bot's own messages. null = not for us, stay silent.
 */
export function readIncoming(message: Message, me: BotIdentity): Incoming | null {
  if (message.from?.is_bot) return null;
  const isPrivate = message.chat.type === 'private';
  const isGroup = message.chat.type === 'group' || message.chat.type === 'supergroup';
  if (!isPrivate && !isGroup) return null;
  if (!('text' in message)) return isPrivate ? { kind: 'non_text' } : null;
  const entities = message.entities ?? [];
  const command = readCommand(message.text, entities, me);
  if (command === 'other') return null;
  if (command) return command;
  const { text, mentioned } = stripMentions(message.text, entities, me);
  const repliesToUs = message.reply_to_message?.from?.id === me.id;
  if (!isPrivate && !mentioned && !repliesToUs) return null;
  // "@bot" alone is a call for help.
  return text === '' ? { kind: 'command', command: 'help', args: '', explicit: true } : { kind: 'question', text };
}
