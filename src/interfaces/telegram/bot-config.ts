import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const positiveInt = (name: string, fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((s) => /^\d+$/.test(s.trim()) && Number(s) > 0, `${name} must be a positive whole number`)
    .transform(Number);

const envSchema = z
  .object({
    BOT_TOKEN: z
      .string({ error: 'BOT_TOKEN is required: the token @BotFather gave the bot' })
      // The value is never echoed: a typo in a token is still mostly a secret.
      .refine((s) => /^\d+:[A-Za-z0-9_-]+$/.test(s), 'BOT_TOKEN is not shaped like a bot token (<digits>:<letters, digits, _ or ->)'),
    TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/, error: 'TELEGRAM_API_ROOT must be an http(s) URL' }).default('https://api.telegram.org'),
    ADMIN_IDS: z
      .string()
      .default('')
      .refine((s) => s.split(',').every((id) => id.trim() === '' || /^-?\d+$/.test(id.trim())), 'ADMIN_IDS must be numeric Telegram user ids separated by commas')
      .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean).map(Number)),
    STORE_PATH: z.string().optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    WEBHOOK_URL: z.url({ protocol: /^https$/, error: 'WEBHOOK_URL must be an https URL (Telegram only calls https webhooks)' }).optional(),
    PORT: positiveInt('PORT', 8443).refine((n) => n < 65536, 'PORT must be below 65536'),
    WEBHOOK_SECRET: z
      .string()
      .refine((s) => /^[A-Za-z0-9_-]{1,256}$/.test(s), 'WEBHOOK_SECRET may only use A-Z, a-z, 0-9, _ and - (1 to 256 characters)')
      .optional(),
    RATE_LIMIT_PER_MINUTE: positiveInt('RATE_LIMIT_PER_MINUTE', 20),
    MAX_QUESTION_CHARS: positiveInt('MAX_QUESTION_CHARS', 500),
  })
  .refine((env) => env.WEBHOOK_SECRET === undefined || env.WEBHOOK_URL !== undefined, {
    message: 'WEBHOOK_SECRET is set but WEBHOOK_URL is not (the secret only applies to webhook mode)',
    path: ['WEBHOOK_SECRET'],
  });

export interface WebhookConfig {
  url: string;
  port: number;
  secret?: string;
}

export interface BotConfig {
  token: string;
  apiRoot: string;
  adminIds: number[];
  storePath?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Webhook mode when set, long polling otherwise. */
  webhook?: WebhookConfig;
  rateLimitPerMinute: number;
  maxQuestionChars: number;
}

export class BotConfigError extends Error {
  override name = 'BotConfigError';
}

// An empty variable (FOO= in a .env file) means "not set", not "set to nothing".
const withoutEmpty = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));

/** Reads and validates the bot's environment; the message lists every problem, never a value. */
export function loadBotConfig(env: Record<string, string | undefined> = process.env): BotConfig {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'environment'}: ${i.message}`);
    throw new BotConfigError(`Invalid Telegram bot configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    token: e.BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT,
    adminIds: e.ADMIN_IDS,
    ...(e.STORE_PATH ? { storePath: e.STORE_PATH } : {}),
    logLevel: e.LOG_LEVEL,
    ...(e.WEBHOOK_URL ? { webhook: { url: e.WEBHOOK_URL, port: e.PORT, ...(e.WEBHOOK_SECRET ? { secret: e.WEBHOOK_SECRET } : {}) } } : {}),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    maxQuestionChars: e.MAX_QUESTION_CHARS,
  };
}
