/**
 * A BullMQ worker for checks. A worker that dies (kill -9, OOM, a lost machine) stops renewing its job
 * lock; after `lockMs` another worker takes the job again and its journal makes it resume. Failures on
 * our side are retried with exponential back-off, or after the platform's retry-after when it sent one.
 */
import { Worker } from 'bullmq';
import { log } from '../log.js';
import type { QueueConnection } from './connection.js';
import { type Outcome, processCheck, type ProcessDeps } from './process-check.js';
import { CHECK_JOB_NAME } from './producer.js';
import { backoffMs } from './retry-after.js';

export interface CheckWorkerOptions extends ProcessDeps {
  connection: QueueConnection;
  name: string;
  prefix: string;
  concurrency: number;
  backoffMs: number;
  lockMs: number;
  /** How many deaths of its worker a job survives (each one is taken again after lockMs). */
  maxStalledCount?: number;
  onOutcome?: (outcome: Outcome | 'retry', ms: number) => void;
}

export interface CheckWorker {
  /** Resolves when the worker's connections are up. */
  ready(): Promise<void>;
  /** Finishes the jobs in hand (no new ones) and closes. */
  close(): Promise<void>;
}

export function startCheckWorker(options: CheckWorkerOptions): CheckWorker {
  const { connection, name, prefix, concurrency, lockMs, onOutcome } = options;
  const base = options.backoffMs;
  const worker = new Worker(
    name,
    async (job) => {
      if (job.name !== CHECK_JOB_NAME) return;
      const started = Date.now();
      const attempts = job.opts.attempts ?? 1;
      try {
        const outcome = await processCheck(
          job.data,
          { number: job.attemptsMade + 1, last: job.attemptsMade + 1 >= attempts },
          options,
        );
        onOutcome?.(outcome, Date.now() - started);
      } catch (err) {
        onOutcome?.('retry', Date.now() - started);
        throw err;
      }
    },
    {
      connection,
      prefix,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: Math.max(500, Math.floor(lockMs / 2)),
      maxStalledCount: options.maxStalledCount ?? 3,
      settings: { backoffStrategy: (attemptsMade, _type, err) => backoffMs(attemptsMade, base, err) },
    },
  );
  worker.on('failed', (job, err) => {
    log.warn(
      { jobAttempts: job?.attemptsMade ?? null, errName: err instanceof Error ? err.name : 'unknown' },
      'queue: check attempt failed',
    );
  });
  worker.on('error', (err) => {
    log.warn({ errName: err instanceof Error ? err.name : 'unknown' }, 'queue: worker error');
  });
  return {
    async ready() {
      await worker.waitUntilReady();
    },
    async close() {
      await worker.close();
    },
  };
}
