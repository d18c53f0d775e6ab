import { pino, type Logger } from 'pino';
import { redactToken } from './redact-token.ts';

/**
 * Structured JSON lines on stderr. Every line passes through the token scrubber before it is
 * written, so no code path (an error from telegraf with the request URL in it, a debug dump of a
 * payload) can leak the token into the logs.
 */
export function createLogger(level: string, token: string): Logger {
  const stream = { write: (line: string) => void process.stderr.write(redactToken(line, token)) };
  return pino({ level, base: { svc: 'telegram-bot' } }, stream);
}
