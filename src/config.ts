/**
 * The environment → a zod-validated config. A bad value is reported as one line naming the variable.
 * Platform settings (TELEGRAM_*, SLACK_*, DISCORD_*) are parsed by each adapter's own config.ts; here we
 * only look at which platforms have a token.
 */
import { z } from 'zod';
import type { EngineConfig } from './core/conversation/engine-config.js';
import type { StoreTtls } from './core/conversation/store/conversation-store.js';

export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** Unset and empty ("FOO=" in a .env file) both mean "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    schema,
  );

const positiveNumber = (what: string, fallback: number) =>
  optional(
    z.coerce
      .number({ error: `expected ${what}` })
      .positive(`expected ${what} greater than 0`)
      .finite(`expected ${what}`)
      .default(fallback),
  );

const positiveInt = (what: string, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  optional(
    z.coerce
      .number({ error: `expected ${what}` })
      .int(`expected a whole number of ${what}`)
      .min(1, `expected at least 1 (${what})`)
      .max(max, `expected at most ${max} (${what})`)
      .default(fallback),
  );

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const envSchema = z.object({
  STORE_URL: optional(
    z
      .string()
      .regex(/^(memory:\/\/|sqlite:\/\/.+|rediss?:\/\/.+)/, {
        error: 'expected memory://, sqlite://PATH or redis://HOST:PORT',
      })
      .default('sqlite://./data/resume-coach.sqlite'),
  ),
  STORE_NAMESPACE: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected 1-64 letters, digits, _ or -' })
      .default('resume-coach'),
  ),
  RESUME_TTL_HOURS: positiveNumber('a number of hours', 168),
  CHECKS_PER_HOUR: positiveInt('checks per hour', 10, 10_000),
  MAX_FILE_MB: positiveNumber('a size in megabytes', 5),
  MAX_PAGES: positiveInt('pages', 4, 50),
  EXTRACT_TIMEOUT_MS: positiveInt('milliseconds', 10_000, 600_000),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).optional()),
});

export type Env = z.infer<typeof envSchema>;

export const PLATFORM_TOKENS = {
  telegram: 'TELEGRAM_BOT_TOKEN',
  slack: 'SLACK_BOT_TOKEN',
  discord: 'DISCORD_TOKEN',
} as const;
export type TokenPlatform = keyof typeof PLATFORM_TOKENS;

export interface Config {
  storeUrl: string;
  storeNamespace: string;
  resumeTtlHours: number;
  checksPerHour: number;
  maxFileBytes: number;
  maxPages: number;
  extractTimeoutMs: number;
  /** Unset: the default for the mode (warn for the console, info otherwise). */
  logLevel: (typeof LOG_LEVELS)[number] | null;
  /** Platforms whose token is set, in start order. */
  platforms: TokenPlatform[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = typeof issue?.path[0] === 'string' ? issue.path[0] : 'environment';
    throw new ConfigError(variable, issue?.message ?? 'invalid value');
  }
  const e = parsed.data;
  const platforms = (Object.keys(PLATFORM_TOKENS) as TokenPlatform[]).filter(
    (p) => (env[PLATFORM_TOKENS[p]] ?? '').trim() !== '',
  );
  return {
    storeUrl: e.STORE_URL,
    storeNamespace: e.STORE_NAMESPACE,
    resumeTtlHours: e.RESUME_TTL_HOURS,
    checksPerHour: e.CHECKS_PER_HOUR,
    maxFileBytes: Math.round(e.MAX_FILE_MB * 1_000_000),
    maxPages: e.MAX_PAGES,
    extractTimeoutMs: e.EXTRACT_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL ?? null,
    platforms,
  };
}

export function engineConfigOf(config: Config): EngineConfig {
  return {
    checksPerWindow: config.checksPerHour,
    rateWindowMs: 3_600_000,
    maxFileBytes: config.maxFileBytes,
    maxPages: config.maxPages,
    extractTimeoutMs: config.extractTimeoutMs,
  };
}

export function storeTtlsOf(config: Config): Partial<StoreTtls> {
  return { resumeTtlMs: Math.round(config.resumeTtlHours * 3_600_000) };
}
