/**
 * The operations server's settings: OPS_PORT turns it on (unset: none, e.g. the console), HOST is where
 * it listens (127.0.0.1 for local runs; the container sets 0.0.0.0). It never falls back to PORT or to
 * an adapter's port, and a port an adapter also uses is refused at start, naming both variables.
 */
import { z } from 'zod';
import { ConfigError, optional, port, readEnv } from '../core/env.js';

const envSchema = z.object({
  OPS_PORT: optional(port(0).optional()),
  HOST: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9.:-]{1,253}$/, 'expected a host name or an IP address')
      .default('127.0.0.1'),
  ),
});

export interface OpsConfig {
  /** null: no ops server. 0: a free port the system picks (tests). */
  port: number | null;
  host: string;
}

export function loadOpsConfig(
  env: NodeJS.ProcessEnv,
  taken: readonly { variable: string; port: number }[] = [],
): OpsConfig {
  const e = readEnv(envSchema, env);
  const portValue = (env.OPS_PORT ?? '').trim() === '' ? null : (e.OPS_PORT ?? null);
  const clash = taken.find((t) => t.port !== 0 && t.port === portValue);
  if (clash)
    throw new ConfigError('OPS_PORT', `port ${portValue} is also ${clash.variable}; give each listener its own port`);
  return { port: portValue, host: e.HOST };
}
