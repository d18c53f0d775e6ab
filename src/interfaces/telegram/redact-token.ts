const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the bot token from text: the raw token, the `bot<token>` URL segment (with the token
 * possibly URL-encoded, as in a request URL) and anything shaped like a token after /bot.
 */
export function redactToken(text: string, token: string): string {
  let out = text.replace(/\/bot\d+:[A-Za-z0-9_%-]+/g, '/bot[REDACTED]');
  for (const form of new Set([token, encodeURIComponent(token)])) {
    if (form.length > 0) out = out.replace(new RegExp(escapeRegExp(form), 'g'), '[REDACTED]');
  }
  return out;
}

/** A loggable copy of an error with the token scrubbed from its message and stack. */
export function redactError(err: unknown, token: string): { name: string; message: string; stack?: string; code?: unknown } {
  if (!(err instanceof Error)) return { name: 'NonError', message: redactToken(String(err), token) };
  const code = (err as { code?: unknown }).code;
  return {
    name: err.name,
    message: redactToken(err.message, token),
    ...(err.stack ? { stack: redactToken(err.stack, token) } : {}),
    ...(code !== undefined ? { code } : {}),
  };
}
