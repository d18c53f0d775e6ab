import { classifyApiError, type ApiFailure } from './classify-api-error.ts';

export type ApiCall = (method: string, payload: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** First back-off after a 5xx or network error; doubled each time, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A 429 asking to wait longer than this is not waited out: the call fails. */
  maxRetryAfterS: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  onRetry?: (info: { method: string; attempt: number; delayMs: number; failure: ApiFailure; error: unknown }) => void;
  /** Called once when the API rejects the token (401): the bot cannot continue. */
  onUnauthorized?: (error: unknown) => void;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterS: 120 };

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Wait before the next attempt, or null when this failure must not be retried. */
function delayFor(failure: ApiFailure, attempt: number, policy: RetryPolicy): number | null {
  if (attempt >= policy.maxAttempts) return null;
  if (failure.kind === 'rate_limited') return failure.retryAfterS <= policy.maxRetryAfterS ? failure.retryAfterS * 1000 : null;
  if (failure.kind !== 'transient') return null;
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // Jitter in [50%, 100%] so many chats retrying at once do not hit the API in lock-step.
  return Math.round(exp * (0.5 + 0.5 * (policy.random ?? Math.random)()));
}

/**
 * Wraps a Bot API call: 429 waits exactly retry_after and repeats the same call; 5xx and network
 * errors back off exponentially (bounded); 401 reports to onUnauthorized; anything else (400, 403…)
 * fails at once, because repeating a rejected request cannot help. An aborted call stops retrying.
 */
export function withRetries(call: ApiCall, policy: RetryPolicy = DEFAULT_RETRY_POLICY): ApiCall {
  const wait = policy.sleep ?? sleep;
  return async (method, payload, options) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await call(method, payload, options);
      } catch (error) {
        const failure = classifyApiError(error);
        if (failure.kind === 'unauthorized') policy.onUnauthorized?.(error);
        const delayMs = options?.signal?.aborted ? null : delayFor(failure, attempt, policy);
        if (delayMs === null) throw error;
        policy.onRetry?.({ method, attempt, delayMs, failure, error });
        await wait(delayMs, options?.signal);
      }
    }
  };
}
