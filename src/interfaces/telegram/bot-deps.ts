import type { Logger } from 'pino';
import type { Telegram } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { AnsweredUpdates } from '../../store/answered-updates.ts';
import type { BotConfig } from './bot-config.ts';
import type { BotTexts } from './bot-texts.ts';
import type { CallbackStore } from './callback-store.ts';
import type { EngineHolder } from './engine-holder.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** Long-lived parts every handler uses (one set per bot process). */
export interface BotDeps {
  config: BotConfig;
  engine: EngineHolder;
  callbacks: CallbackStore;
  limiter: RateLimiter;
  log: Logger;
  /** The bot's own account (getMe at start): its username marks commands and mentions for it. */
  me: UserFromGetMe;
  /** Update ids already answered (persistent), so a redelivered update is not answered twice. */
  answered?: AnsweredUpdates;
}

/** What the per-update log line reports; handlers fill it in as they go. */
export interface TurnLog {
  kind?: string;
  command?: string;
  status?: string;
  question_chars?: number;
}

/** One exchange: where to answer, who asked, in which language. */
export interface Turn {
  telegram: Telegram;
  chatId: number;
  userId: number;
  texts: BotTexts;
  /** The message being answered, quoted in groups. */
  replyTo?: number;
  log: TurnLog;
}
