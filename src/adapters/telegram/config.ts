/** Telegram's slice of the environment (zod, read by src/config.ts) → TelegramConfig. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { httpUrl, optional, port } from '../../core/env.js';

export interface TelegramWebhookConfig {
  url: string;
  /** Sent to Telegram with setWebhook and checked on every request (X-Telegram-Bot-Api-Secret-Token). */
  secretToken: string;
  /** The HTTP path the listener accepts updates on (the webhook URL's path). */
  path: string;
  host: string;
  port: number;
}

export interface TelegramConfig {
  token: string;
  /** No trailing slash. */
  apiRoot: string;
  webhook: TelegramWebhookConfig | null;
  pollTimeoutSeconds: number;
}

export const DEFAULT_API_ROOT = 'https://api.telegram.org';
/** Its own default, distinct from Slack's SLACK_PORT (3000): both may run in one process. */
const DEFAULT_WEBHOOK_PORT = 8080;

export const telegramEnv = z
  .object({
    TELEGRAM_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]+$/, 'must look like 123456:ABC-DEF… (the token BotFather gave you)'),
    TELEGRAM_API_ROOT: optional(httpUrl('http://127.0.0.1:8081').default(DEFAULT_API_ROOT)),
    TELEGRAM_WEBHOOK_URL: optional(
      z.url({ protocol: /^https?$/, error: 'must start with http:// or https://' }).optional(),
    ),
    TELEGRAM_WEBHOOK_SECRET: optional(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1–256 characters of A–Z, a–z, 0–9, _ and -')
        .optional(),
    ),
    TELEGRAM_WEBHOOK_HOST: optional(z.string().default('0.0.0.0')),
    TELEGRAM_WEBHOOK_PORT: port(DEFAULT_WEBHOOK_PORT),
    TELEGRAM_POLL_TIMEOUT_SECONDS: optional(
      z.coerce
        .number({ error: 'must be a number of seconds' })
        .int('must be a number of seconds')
        .min(0)
        .max(999)
        .default(30),
    ),
  })
  .transform(
    (v): TelegramConfig => ({
      token: v.TELEGRAM_BOT_TOKEN,
      apiRoot: v.TELEGRAM_API_ROOT,
      webhook: v.TELEGRAM_WEBHOOK_URL
        ? {
            url: v.TELEGRAM_WEBHOOK_URL,
            // Without a configured secret each start picks a fresh one: we call setWebhook ourselves.
            secretToken: v.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString('hex'),
            path: new URL(v.TELEGRAM_WEBHOOK_URL).pathname || '/',
            host: v.TELEGRAM_WEBHOOK_HOST,
            port: v.TELEGRAM_WEBHOOK_PORT,
          }
        : null,
      pollTimeoutSeconds: v.TELEGRAM_POLL_TIMEOUT_SECONDS,
    }),
  );
