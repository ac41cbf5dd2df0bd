/** Telegram adapter settings from the environment, validated with zod. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CodedError } from '../../core/errors.js';

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://');

const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]+$/, 'must look like 123456:ABC-DEF… (the token BotFather gave you)'),
  TELEGRAM_API_ROOT: optional(httpUrl),
  TELEGRAM_WEBHOOK_URL: optional(httpUrl),
  TELEGRAM_WEBHOOK_SECRET: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1–256 characters of A–Z, a–z, 0–9, _ and -'),
  ),
  TELEGRAM_WEBHOOK_HOST: optional(z.string().trim().min(1)),
  TELEGRAM_WEBHOOK_PORT: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,5}$/, 'must be a port number'),
  ),
  PORT: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,5}$/, 'must be a port number'),
  ),
  TELEGRAM_POLL_TIMEOUT_SECONDS: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'must be a number of seconds'),
  ),
});

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

/** Reads and validates the Telegram settings; a bad value throws CodedError('misconfigured') naming the variable. */
export function loadTelegramConfig(env: NodeJS.ProcessEnv): TelegramConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'TELEGRAM_*';
    throw new CodedError('misconfigured', `${name} ${issue?.message ?? 'is invalid'}`, { context: { variable: name } });
  }
  const values = parsed.data;
  const webhookUrl = values.TELEGRAM_WEBHOOK_URL;
  const port = Number(values.TELEGRAM_WEBHOOK_PORT ?? values.PORT ?? 8080);
  if (port < 1 || port > 65_535) {
    throw new CodedError('misconfigured', 'TELEGRAM_WEBHOOK_PORT must be between 1 and 65535', {
      context: { variable: 'TELEGRAM_WEBHOOK_PORT' },
    });
  }
  return {
    token: values.TELEGRAM_BOT_TOKEN,
    apiRoot: (values.TELEGRAM_API_ROOT ?? DEFAULT_API_ROOT).replace(/\/+$/, ''),
    webhook: webhookUrl
      ? {
          url: webhookUrl,
          // Without a configured secret each start picks a fresh one: we call setWebhook ourselves.
          secretToken: values.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString('hex'),
          path: new URL(webhookUrl).pathname || '/',
          host: values.TELEGRAM_WEBHOOK_HOST ?? '0.0.0.0',
          port,
        }
      : null,
    pollTimeoutSeconds: Number(values.TELEGRAM_POLL_TIMEOUT_SECONDS ?? 30),
  };
}
