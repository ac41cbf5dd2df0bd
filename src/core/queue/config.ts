/**
 * The queue's settings. QUEUE_URL unset: checks run in the process that received them (the embedded
 * default, no Redis). QUEUE_URL=redis://…: checks are BullMQ jobs; WORKERS is how many checks the
 * in-process worker of `npm start` runs at once (0: none, `npm run worker` processes them).
 */
import { z } from 'zod';
import { optional, positiveInt, positiveNumber, readEnv } from '../env.js';

const envSchema = z.object({
  QUEUE_URL: optional(
    z
      .string()
      .regex(/^rediss?:\/\//, 'expected redis://host:port (or rediss://)')
      .optional(),
  ),
  WORKERS: optional(
    z.coerce
      .number({ error: 'expected a number of workers' })
      .int('expected a whole number of workers')
      .min(0, 'expected 0 or more workers')
      .max(64, 'expected at most 64 workers')
      .default(2),
  ),
  WORKER_CONCURRENCY: positiveInt('checks at once', 4, 64),
  QUEUE_NAME: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected letters, digits, - or _')
      .default('checks'),
  ),
  QUEUE_PREFIX: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9_:-]{1,64}$/, 'expected letters, digits, -, _ or :')
      .default('resume-coach-queue'),
  ),
  QUEUE_ATTEMPTS: positiveInt('attempts', 4, 20),
  QUEUE_BACKOFF_MS: positiveNumber('milliseconds', 2000),
  /** A worker that stops renewing its lock for this long is presumed dead and its job is retried. */
  QUEUE_LOCK_MS: positiveInt('milliseconds', 30_000),
});

export interface QueueConfig {
  url: string | null;
  /** Concurrency of the in-process worker of a bot process (0: none). */
  workers: number;
  /** Concurrency of a `npm run worker` process. */
  workerConcurrency: number;
  name: string;
  prefix: string;
  attempts: number;
  backoffMs: number;
  lockMs: number;
}

export function loadQueueConfig(env: NodeJS.ProcessEnv): QueueConfig {
  const e = readEnv(envSchema, env);
  return {
    url: e.QUEUE_URL ?? null,
    workers: e.WORKERS,
    workerConcurrency: e.WORKER_CONCURRENCY,
    name: e.QUEUE_NAME,
    prefix: e.QUEUE_PREFIX,
    attempts: e.QUEUE_ATTEMPTS,
    backoffMs: e.QUEUE_BACKOFF_MS,
    lockMs: e.QUEUE_LOCK_MS,
  };
}
