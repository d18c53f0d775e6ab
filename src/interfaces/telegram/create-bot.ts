import { Telegraf, type Context } from 'telegraf';
import type { BotDeps, Turn, TurnLog } from './bot-deps.ts';
import { textsFor } from './bot-texts.ts';
import { ChatQueue } from './chat-queue.ts';
import { handleCallback } from './handle-callback.ts';
import { handleMessage } from './handle-message.ts';
import { installRetries, retryingContext } from './install-retries.ts';
import { redactError } from './redact-token.ts';
import type { RetryPolicy } from './with-retries.ts';

function turnOf(ctx: Context, chatId: number, replyTo?: number): Turn {
  return {
    telegram: ctx.telegram,
    chatId,
    userId: ctx.from?.id ?? chatId,
    texts: textsFor(ctx.from?.language_code),
    ...(replyTo !== undefined ? { replyTo } : {}),
    log: ctx.state.log as TurnLog,
  };
}

/** One structured line per update, whatever happened to it (errors included). */
function logUpdates(deps: BotDeps) {
  return async (ctx: Context, next: () => Promise<void>) => {
    const started = performance.now();
    const log: TurnLog = {};
    ctx.state.log = log;
    let failed = false;
    try {
      await next();
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      const latency_ms = Math.round(performance.now() - started);
      deps.log.info({ update_id: ctx.update.update_id, update_type: ctx.updateType, chat_type: ctx.chat?.type, ...log, ...(failed ? { status: 'error' } : {}), latency_ms }, 'update');
    }
  };
}

/**
 * Each update answered once: Telegram redelivers updates whose offset was not confirmed before a
 * crash, and a flaky getUpdates can return one twice. Marked answered right after its handler
 * (reply sent, or failure apologised for by onError) so a restart skips it.
 */
function answerOnce(deps: BotDeps) {
  return async (ctx: Context, next: () => Promise<void>) => {
    const answered = deps.answered;
    if (!answered) return next();
    const id = ctx.update.update_id;
    if (!answered.claim(id)) {
      (ctx.state.log as TurnLog).kind = 'duplicate';
      return;
    }
    try {
      await next();
    } finally {
      answered.done(id);
    }
  };
}

/** A failing update is logged (token scrubbed) and, in a private chat, apologised for; polling goes on. */
function onError(deps: BotDeps) {
  return async (err: unknown, ctx: Context) => {
    deps.log.error({ update_id: ctx.update.update_id, err: redactError(err, deps.config.token) }, 'update failed');
    if (ctx.chat?.type !== 'private') return;
    await ctx.telegram.sendMessage(ctx.chat.id, textsFor(ctx.from?.language_code).failed).catch(() => undefined);
  };
}

/**
 * The bot's update pipeline: log line → per-chat queue → message / button handler. Edited
 * messages and other update types are logged and ignored (answering an edit would answer twice).
 */
export function createBot(deps: BotDeps, policy: RetryPolicy): Telegraf {
  const bot = new Telegraf(deps.config.token, {
    telegram: { apiRoot: deps.config.apiRoot, webhookReply: false },
    contextType: retryingContext(policy),
    handlerTimeout: 120_000,
  });
  // bot.telegram makes the polling calls (getUpdates, deleteWebhook); contexts make the replies.
  installRetries(bot.telegram, policy);
  bot.botInfo = deps.me;
  const queue = new ChatQueue();
  bot.use(logUpdates(deps));
  bot.use(answerOnce(deps));
  bot.use((ctx, next) => (ctx.chat ? queue.run(String(ctx.chat.id), next) : next()));
  bot.on('message', (ctx) => handleMessage(deps, turnOf(ctx, ctx.chat.id, ctx.chat.type === 'private' ? undefined : ctx.message.message_id), ctx.message));
  bot.on('callback_query', (ctx) => {
    const query = ctx.callbackQuery;
    return handleCallback(deps, turnOf(ctx, query.message?.chat.id ?? query.from.id), query);
  });
  bot.use((ctx) => {
    (ctx.state.log as TurnLog).kind = 'ignored';
  });
  bot.catch(onError(deps));
  return bot;
}
