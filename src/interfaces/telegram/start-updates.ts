import { createServer } from 'node:http';
import type { Telegraf, Types } from 'telegraf';
import type { WebhookConfig } from './bot-config.ts';

/** A running source of updates. `done` settles once it has stopped and in-flight updates are handled. */
export interface UpdateFeed {
  done: Promise<void>;
  stop(reason: string): void;
}

export const ALLOWED_UPDATES: Types.UpdateType[] = ['message', 'edited_message', 'callback_query'];

/**
 * Long polling. launch() resolves only when polling ends, so it is started here, after setup, and
 * its promise is the feed's `done`. bot.stop() aborts the pending getUpdates; telegraf then waits
 * for the batch being handled and confirms its offset before `done` resolves.
 */
export function startPolling(bot: Telegraf): UpdateFeed {
  const done = bot.launch({ allowedUpdates: ALLOWED_UPDATES });
  const tryStop = (reason: string) => {
    try {
      bot.stop(reason);
      return true;
    } catch {
      return false; // "Bot is not running!": launch() is still awaiting deleteWebhook
    }
  };
  return {
    done,
    stop(reason) {
      if (tryStop(reason)) return;
      const timer = setInterval(() => tryStop(reason) && clearInterval(timer), 20);
      void done.finally(() => clearInterval(timer)).catch(() => undefined);
    },
  };
}

/**
 * Webhook mode: our own HTTP server (so shutdown can wait for it) on PORT, at the path of
 * WEBHOOK_URL, checking the secret header; then setWebhook. Closing the server stops new updates
 * and lets requests being answered finish. The webhook stays set, so Telegram keeps updates
 * queued while the bot restarts.
 */
export async function startWebhook(bot: Telegraf, webhook: WebhookConfig): Promise<UpdateFeed> {
  const path = new URL(webhook.url).pathname;
  const server = createServer(bot.webhookCallback(path, webhook.secret ? { secretToken: webhook.secret } : {}));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(webhook.port, () => resolve());
  });
  const done = new Promise<void>((resolve) => server.once('close', () => resolve()));
  try {
    await bot.telegram.setWebhook(webhook.url, { allowed_updates: ALLOWED_UPDATES, ...(webhook.secret ? { secret_token: webhook.secret } : {}) });
  } catch (err) {
    server.close();
    throw err;
  }
  return {
    done,
    stop: () => {
      server.close();
      server.closeIdleConnections();
    },
  };
}
