/**
 * The environment → one validated config: the core's settings (below) and the slice of every enabled
 * adapter (each adapter declares its own zod schema; see src/adapters/contract.ts). Everything is read
 * the one way (src/core/env.ts): a bad value stops the start with one line naming the variable.
 */
import { z } from 'zod';
import { type Adapter, type ConfiguredAdapter, isEnabled } from './adapters/contract.js';
import type { EngineConfig } from './core/conversation/engine-config.js';
import type { StoreTtls } from './core/conversation/store/conversation-store.js';
import { ConfigError, optional, positiveInt, positiveNumber, readEnv } from './core/env.js';
import { type LlmConfig, readLlmConfig } from './core/llm/config.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
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
  /** OCR of a picture or a scanned PDF: its own limit, in its own worker. */
  OCR_TIMEOUT_MS: positiveInt('milliseconds', 20_000, 600_000),
  /** The score card picture: on by default; off, false, 0 or no for text only. */
  CARD: optional(
    z
      .string()
      .toLowerCase()
      .pipe(z.enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'], { error: 'expected on or off' }))
      .default('on'),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).optional()),
});

export interface Config {
  storeUrl: string;
  storeNamespace: string;
  resumeTtlHours: number;
  checksPerHour: number;
  maxFileBytes: number;
  maxPages: number;
  extractTimeoutMs: number;
  ocrTimeoutMs: number;
  /** The score card picture with each review (CARD=off: text only). */
  cards: boolean;
  /** Unset: the default for the mode (warn for the console, info otherwise). */
  logLevel: (typeof LOG_LEVELS)[number] | null;
  /** Adapters whose enabling variable is set, in registry order, with their settings read. */
  adapters: ConfiguredAdapter[];
  /** The optional phrasing model (LLM_*); null when LLM_BASE_URL is unset (the default). */
  llm: LlmConfig | null;
}

export function loadConfig(env: NodeJS.ProcessEnv, registry: readonly Adapter[]): Config {
  const e = readEnv(envSchema, env);
  const adapters = registry.filter((adapter) => isEnabled(adapter, env)).map((adapter) => adapter.configure(env));
  rejectSharedPorts(adapters);
  return {
    storeUrl: e.STORE_URL,
    storeNamespace: e.STORE_NAMESPACE,
    resumeTtlHours: e.RESUME_TTL_HOURS,
    checksPerHour: e.CHECKS_PER_HOUR,
    maxFileBytes: Math.round(e.MAX_FILE_MB * 1_000_000),
    maxPages: e.MAX_PAGES,
    extractTimeoutMs: e.EXTRACT_TIMEOUT_MS,
    ocrTimeoutMs: e.OCR_TIMEOUT_MS,
    cards: ['on', 'true', '1', 'yes'].includes(e.CARD),
    logLevel: e.LOG_LEVEL ?? null,
    adapters,
    llm: readLlmConfig(env),
  };
}

/** OCR_TIMEOUT_MS alone, validated as loadConfig does: for the one-shot CLI, which reads no other setting. */
export function readOcrTimeoutMs(env: NodeJS.ProcessEnv): number {
  return readEnv(envSchema.pick({ OCR_TIMEOUT_MS: true }), env).OCR_TIMEOUT_MS;
}

/** Two listeners in one process cannot share a port (0 asks the system for a free port and never collides). */
function rejectSharedPorts(adapters: readonly ConfiguredAdapter[]): void {
  const taken = new Map<number, string>();
  for (const adapter of adapters)
    for (const { variable, port } of adapter.ports) {
      const other = taken.get(port);
      if (port !== 0 && other !== undefined)
        throw new ConfigError(variable, `port ${port} is also ${other}; give each listener its own port`);
      taken.set(port, variable);
    }
}

export function engineConfigOf(config: Config): EngineConfig {
  return {
    checksPerWindow: config.checksPerHour,
    rateWindowMs: 3_600_000,
    maxFileBytes: config.maxFileBytes,
    maxPages: config.maxPages,
    extractTimeoutMs: config.extractTimeoutMs,
    cards: config.cards,
  };
}

export function storeTtlsOf(config: Config): Partial<StoreTtls> {
  return { resumeTtlMs: Math.round(config.resumeTtlHours * 3_600_000) };
}
