/**
 * The one way to read environment variables: a zod object schema per owner (the core, each adapter, the
 * language model), parsed by `readEnv`. A bad value becomes one ConfigError naming the variable, never
 * echoing the value (it may be a token). Unset and empty ("FOO=" in a .env file) both mean "the default".
 */
import { z } from 'zod';
import { CodedError } from './errors.js';

export class ConfigError extends CodedError {
  readonly variable: string;
  constructor(variable: string, problem: string) {
    super('misconfigured', `${variable}: ${problem}`, { context: { variable } });
    this.message = this.userMessage;
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** Trims strings and turns blank ones into undefined, so `.default()` / `.optional()` apply. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    schema,
  );

export const positiveNumber = (what: string, fallback: number) =>
  optional(
    z.coerce
      .number({ error: `expected ${what}` })
      .positive(`expected ${what} greater than 0`)
      .finite(`expected ${what}`)
      .default(fallback),
  );

export const positiveInt = (what: string, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  optional(
    z.coerce
      .number({ error: `expected ${what}` })
      .int(`expected a whole number of ${what}`)
      .min(1, `expected at least 1 (${what})`)
      .max(max, `expected at most ${max} (${what})`)
      .default(fallback),
  );

/** A TCP port to listen on; 0 picks a free one (tests). */
export const port = (fallback: number) =>
  optional(
    z.coerce
      .number({ error: 'expected a port number' })
      .int('expected a port number')
      .min(0, 'expected a port number (0-65535)')
      .max(65_535, 'expected a port number (0-65535)')
      .default(fallback),
  );

/** true/false, 1/0, yes/no (case-insensitive); unset → false. */
export const flag = () =>
  optional(
    z
      .string()
      .toLowerCase()
      .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' }))
      .transform((v) => v === 'true' || v === '1' || v === 'yes')
      .default(false),
  );

/** An http(s) URL without trailing slashes. */
export const httpUrl = (example: string) =>
  z
    .url({ protocol: /^https?$/, error: `expected an http(s) URL such as ${example}` })
    .transform((u) => u.replace(/\/+$/, ''));

/** Parses `env` with `schema`; the first problem becomes a ConfigError naming its variable. */
export function readEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = typeof issue?.path[0] === 'string' ? issue.path[0] : 'environment';
  // zod's own wording for a missing value ("Invalid input: expected string…") reads badly in a config error.
  const generic = issue?.code === 'invalid_type' && /^Invalid input/.test(issue.message);
  const problem = generic && (env[variable] ?? '').trim() === '' ? 'is required' : issue?.message;
  throw new ConfigError(variable, problem ?? 'invalid value');
}
