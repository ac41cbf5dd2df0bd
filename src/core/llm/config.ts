/**
 * LLM_* settings. Off unless LLM_BASE_URL is set: then no client is built and nothing is sent anywhere
 * (the OPENAI_* variables are never read). A bad value stops the start with one line naming the variable;
 * the API key is never echoed.
 */
import { z } from 'zod';
import { ConfigError, httpUrl, optional, positiveInt, readEnv } from '../env.js';

const llmEnvSchema = z.object({
  LLM_BASE_URL: optional(httpUrl('http://127.0.0.1:11434/v1').optional()),
  LLM_MODEL: optional(z.string().max(200, 'expected a model name').optional()),
  LLM_API_KEY: optional(z.string().max(4096, 'too long for an API key').optional()),
  LLM_TIMEOUT_MS: positiveInt('milliseconds', 8000, 120_000),
});

export interface LlmConfig {
  /** The OpenAI-compatible root, e.g. http://127.0.0.1:11434/v1 (no trailing slash). */
  baseUrl: string;
  /** Host (and port) only, for /privacy: never the path or credentials. */
  host: string;
  model: string;
  apiKey: string | null;
  /** A deadline for the whole call, retries included. */
  timeoutMs: number;
}

export function readLlmConfig(env: NodeJS.ProcessEnv): LlmConfig | null {
  const e = readEnv(llmEnvSchema, env);
  if (e.LLM_BASE_URL === undefined) {
    if (e.LLM_MODEL !== undefined || e.LLM_API_KEY !== undefined)
      throw new ConfigError('LLM_BASE_URL', 'is required when LLM_MODEL or LLM_API_KEY is set');
    return null;
  }
  if (e.LLM_MODEL === undefined) throw new ConfigError('LLM_MODEL', 'is required when LLM_BASE_URL is set');
  return {
    baseUrl: e.LLM_BASE_URL,
    host: new URL(e.LLM_BASE_URL).host,
    model: e.LLM_MODEL,
    apiKey: e.LLM_API_KEY ?? null,
    timeoutMs: e.LLM_TIMEOUT_MS,
  };
}
