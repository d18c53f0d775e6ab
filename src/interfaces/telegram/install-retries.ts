import { Context, type Telegram } from 'telegraf';
import { withRetries, type ApiCall, type RetryPolicy } from './with-retries.ts';

/**
 * Every Bot API method of a telegraf Telegram instance goes through its `callApi`, so replacing
 * that one method on the instance puts every call (sendMessage, getUpdates, setMyCommands …)
 * behind the retry policy.
 */
export function installRetries(telegram: Telegram, policy: RetryPolicy): void {
  const original: ApiCall = telegram.callApi.bind(telegram) as ApiCall;
  telegram.callApi = withRetries(original, policy) as Telegram['callApi'];
}

/**
 * telegraf builds a fresh Telegram instance for every update (Telegraf.handleUpdate), so patching
 * bot.telegram alone would miss the replies. A context class is the one hook that sees each of
 * those instances before any handler can use it.
 */
export function retryingContext(policy: RetryPolicy): new (...args: ConstructorParameters<typeof Context>) => Context {
  return class RetryingContext extends Context {
    constructor(...args: ConstructorParameters<typeof Context>) {
      super(...args);
      installRetries(this.telegram, policy);
    }
  };
}
