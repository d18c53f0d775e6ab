/** How a failed Bot API call should be treated. */
export type ApiFailure =
  | { kind: 'aborted' }
  | { kind: 'rate_limited'; retryAfterS: number }
  | { kind: 'transient' }
  | { kind: 'unauthorized' }
  | { kind: 'permanent' };

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  response?: { error_code?: unknown; parameters?: { retry_after?: unknown } };
}

/**
 * telegraf throws TelegramError (with `response.error_code`) for API answers, including 5xx
 * statuses, and node-fetch's FetchError for network failures (reset, refused, timeout, bad JSON).
 */
export function classifyApiError(err: unknown): ApiFailure {
  const e = (err ?? {}) as ErrorShape;
  if (e.name === 'AbortError') return { kind: 'aborted' };
  if (e.name === 'FetchError') return { kind: 'transient' };
  const status = typeof e.response?.error_code === 'number' ? e.response.error_code : undefined;
  if (status === 429) {
    const after = e.response?.parameters?.retry_after;
    return { kind: 'rate_limited', retryAfterS: typeof after === 'number' && after >= 0 ? after : 1 };
  }
  if (status === 401) return { kind: 'unauthorized' };
  if (status !== undefined && status >= 500) return { kind: 'transient' };
  return { kind: 'permanent' };
}
