import type { Logger } from 'pino';
import { Telegram } from 'telegraf';
import { createEngine } from '../../answer/create-engine.ts';
import { AnsweredUpdates } from '../../store/answered-updates.ts';
import { openStore, type Db } from '../../store/open-store.ts';
import { storePath } from '../../store/store-path.ts';
import { loadSource as loadStore, type LoadedSource } from '../../ingest/load/load-source.ts';
import type { BotConfig } from './bot-config.ts';
import { CallbackStore } from './callback-store.ts';
import { classifyApiError } from './classify-api-error.ts';
import { registerCommandMenu } from './command-menu.ts';
import { createBot } from './create-bot.ts';
import { createLogger } from './create-logger.ts';
import { EngineHolder } from './engine-holder.ts';
import type { EngineFactory } from './engine-port.ts';
import { installRetries } from './install-retries.ts';
import { RateLimiter } from './rate-limiter.ts';
import { redactError } from './redact-token.ts';
import { startPolling, startWebhook, type UpdateFeed } from './start-updates.ts';
import { listenForStop, StopSwitch, within, type StopSources } from './stop-switch.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './with-retries.ts';

export const defaultEngineFactory: EngineFactory = (loaded) => createEngine({ source: loaded.source, contexts: loaded.contexts });

export interface RunBotOptions extends StopSources {
  logger?: Logger;
  loadSource?: () => Promise<LoadedSource>;
  /** How long a stop waits for replies in flight before giving up on them. */
  shutdownGraceMs?: number;
  retry?: Partial<RetryPolicy>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;

const UNAUTHORIZED_MESSAGE = 'Telegram rejected BOT_TOKEN (401 Unauthorized): the token is wrong or was revoked; get a valid one from @BotFather';

function retryPolicy(log: Logger, stop: StopSwitch, config: BotConfig, overrides: Partial<RetryPolicy>): RetryPolicy {
  return {
    ...DEFAULT_RETRY_POLICY,
    ...overrides,
    // One short line per retry (no stack): a flapping network must not bury the log.
    onRetry: ({ method, attempt, delayMs, failure, error }) =>
      log.warn({ method, attempt, delay_ms: delayMs, failure: failure.kind, error: redactError(error, config.token).message }, 'Bot API call failed, retrying'),
    onUnauthorized: () => stop.request('unauthorized', EXIT_FAILED),
  };
}

/** Start-up up to the first update: store and engine, bot account, command menu, then updates. */
async function start(config: BotConfig, engine: EngineHolder, log: Logger, policy: RetryPolicy, stop: StopSwitch, answered: AnsweredUpdates): Promise<UpdateFeed | null> {
  const setup = new Telegram(config.token, { apiRoot: config.apiRoot });
  installRetries(setup, policy);
  const me = await setup.getMe();
  log.info({ username: me.username }, 'connected to Telegram');
  await registerCommandMenu(setup, config.adminIds, (msg, err) => log.warn({ err: redactError(err, config.token) }, msg)).catch((err: unknown) => {
    // The menu is a convenience; only a rejected token is worth stopping for.
    if (classifyApiError(err).kind === 'unauthorized') throw err;
    log.warn({ err: redactError(err, config.token) }, 'command menu not registered');
  });
  if (stop.requested) return null;
  const deps = { config, engine, me, callbacks: new CallbackStore(5000), limiter: new RateLimiter(config.rateLimitPerMinute), log, answered };
  const bot = createBot(deps, policy);
  const feed = config.webhook ? await startWebhook(bot, config.webhook) : startPolling(bot);
  log.info({ mode: config.webhook ? 'webhook' : 'polling' }, 'bot started');
  return feed;
}

/**
 * Runs the Telegram bot until SIGINT/SIGTERM (or `options.signal`), then stops taking updates,
 * lets replies in flight finish, closes the store and resolves with the exit code: 0 after a
 * clean stop, 1 when the token is rejected or start-up fails. It never calls process.exit.
 */
export async function runBot(config: BotConfig, engineFactory: EngineFactory = defaultEngineFactory, options: RunBotOptions = {}): Promise<number> {
  const log = options.logger ?? createLogger(config.logLevel, config.token);
  // loadSource() reads STORE_PATH itself; the bot's config is the one place that sets it.
  if (config.storePath) process.env.STORE_PATH = config.storePath;
  const stop = new StopSwitch();
  const unlisten = listenForStop(stop, options);
  let engine: EngineHolder | null = null;
  let updatesDb: Db | null = null;
  try {
    engine = await EngineHolder.open(options.loadSource ?? loadStore, engineFactory);
    // Its own connection (the engine's is swapped by /reload); opened after loading, which migrated the store.
    updatesDb = openStore(storePath());
    const { loaded, unchanged, failed, reports, facts } = engine.ingest;
    log.info({ loaded: loaded.length, unchanged: unchanged.length, failed: failed.length, reports, facts }, 'store ready');
    const feed = await start(config, engine, log, retryPolicy(log, stop, config, options.retry ?? {}), stop, new AnsweredUpdates(updatesDb));
    if (!feed) return stop.requested?.code ?? EXIT_OK;
    stop.attach(feed);
    const grace = options.shutdownGraceMs ?? 10_000;
    const finished = await Promise.race([feed.done.then(() => true), stop.whenRequested.then(() => within(feed.done, grace))]);
    if (!finished) {
      log.error({ grace_ms: grace }, 'replies still in flight after the grace period; stopping without them');
      return EXIT_FAILED;
    }
    return stoppedCode(stop, log);
  } catch (err) {
    if (classifyApiError(err).kind === 'unauthorized' || stop.requested?.reason === 'unauthorized') log.fatal(UNAUTHORIZED_MESSAGE);
    else log.fatal({ err: redactError(err, config.token) }, 'bot stopped by an error');
    return EXIT_FAILED;
  } finally {
    unlisten();
    engine?.close();
    updatesDb?.close();
  }
}

function stoppedCode(stop: StopSwitch, log: Logger): number {
  if (stop.requested?.reason === 'unauthorized') {
    log.fatal(UNAUTHORIZED_MESSAGE);
    return EXIT_FAILED;
  }
  log.info({ reason: stop.requested?.reason ?? 'feed ended' }, 'bot stopped');
  return stop.requested?.code ?? EXIT_OK;
}
