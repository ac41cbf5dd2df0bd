/**
 * Where checks run, from the queue settings: in process (QUEUE_URL unset: no Redis needed), or on the
 * BullMQ queue with, unless WORKERS=0, a worker in this process too. `npm run worker` uses the same
 * function with `role: 'worker'` (no producer side).
 */
import { Queue } from 'bullmq';
import { type CheckServices, lostForOurReasons } from '../conversation/check-run.js';
import { createInProcessJobRunner } from '../conversation/in-process-runner.js';
import type { JobRunner } from '../conversation/jobs.js';
import { storeJournal } from '../conversation/post-journal.js';
import { log } from '../log.js';
import type { QueueConfig } from './config.js';
import { openQueueConnection } from './connection.js';
import type { ChannelDirectory } from './directory.js';
import { LiveChannels } from './live-channels.js';
import type { Outcome } from './process-check.js';
import { createQueueJobRunner } from './producer.js';
import { type CheckWorker, startCheckWorker } from './worker.js';

/** How long a job's journal outlives it: a late redelivery of its event finds every step done. */
export const JOURNAL_TTL_MS = 24 * 3_600_000;

export interface JobsHooks {
  onEnqueued?: (outcome: 'enqueued' | 'duplicate') => void;
  onOutcome?: (outcome: Outcome | 'retry', ms: number) => void;
}

/** Depth and age of the queue (metrics); resolving at all means Redis answers (readiness). */
export interface QueueProbe {
  counts(): Promise<{ waiting: number; active: number; delayed: number; failed: number }>;
  /** Milliseconds the oldest waiting job has waited (0 when none). */
  oldestWaitMs(): Promise<number>;
}

function probeOf(queue: Queue, now: () => number): QueueProbe {
  return {
    async counts() {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
      return { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
    },
    async oldestWaitMs() {
      const [oldest] = await queue.getJobs(['waiting'], 0, 0, true);
      return oldest ? Math.max(0, now() - oldest.timestamp) : 0;
    },
  };
}

export interface OpenedJobs {
  /** Its close() closes everything below too (main.ts closes the engine's runner at shutdown). */
  runner: JobRunner;
  /** The BullMQ queue (null in process): depth and age for metrics and readiness. */
  queue: Queue | null;
  probe: QueueProbe | null;
  worker: CheckWorker | null;
  /** Stops taking jobs, finishes those in hand, closes the connection. */
  close(): Promise<void>;
}

export interface OpenJobsOptions {
  config: QueueConfig;
  services: CheckServices;
  directory: ChannelDirectory;
  /** 'bot': producer + optional in-process worker; 'worker': worker only (`npm run worker`). */
  role: 'bot' | 'worker';
  dedupeTtlMs: number;
  hooks?: JobsHooks;
}

/** The in-process runner with the same outcome hooks as a queue worker (metrics in both modes). */
function timed(runner: JobRunner, hooks: JobsHooks): JobRunner {
  const { onOutcome } = hooks;
  if (!onOutcome) return runner;
  return {
    async submit(job, channel, progress) {
      const started = Date.now();
      try {
        await runner.submit(job, channel, progress);
        onOutcome('answered', Date.now() - started);
      } catch (err) {
        onOutcome(lostForOurReasons(err) ? 'apologised' : 'user-error', Date.now() - started);
        throw err;
      }
    },
    close: () => runner.close(),
  };
}

export async function openJobs(options: OpenJobsOptions): Promise<OpenedJobs> {
  const { config, services, directory, role, dedupeTtlMs, hooks = {} } = options;
  const inProcess = timed(createInProcessJobRunner(services), hooks);
  if (config.url === null)
    return {
      runner: inProcess,
      queue: null,
      probe: null,
      worker: null,
      close: () => inProcess.close(),
    };
  if (services.store.kind !== 'redis')
    log.warn({ store: services.store.kind }, 'queue: STORE_URL is not shared; workers elsewhere cannot see reviews');

  const opened = await openQueueConnection(config.url, `resume-coach-${role}`);
  const queue = new Queue(config.name, { connection: opened.connection, prefix: config.prefix });
  const concurrency = role === 'worker' ? config.workerConcurrency : config.workers;
  const live = role === 'bot' && concurrency > 0 ? new LiveChannels() : null;
  const worker =
    concurrency > 0
      ? startCheckWorker({
          connection: opened.connection,
          name: config.name,
          prefix: config.prefix,
          concurrency,
          backoffMs: config.backoffMs,
          lockMs: config.lockMs,
          services,
          directory,
          live,
          journalTtlMs: JOURNAL_TTL_MS,
          ...(hooks.onOutcome ? { onOutcome: hooks.onOutcome } : {}),
        })
      : null;
  const producer = createQueueJobRunner({
    queue,
    fallback: inProcess,
    live,
    journal: (jobId) => storeJournal(services.store.raw, jobId, JOURNAL_TTL_MS),
    claim: (jobId) => services.store.raw.setIfAbsent(`enqueued:${jobId}`, 1, dedupeTtlMs),
    unclaim: (jobId) => services.store.raw.delete([`enqueued:${jobId}`]),
    release: async (job) => {
      if (job.rateSlot !== null) await services.store.releaseCheck(job.platform, job.userId, job.rateSlot);
    },
    attempts: config.attempts,
    dedupeTtlMs,
    ...(hooks.onEnqueued ? { onEnqueued: hooks.onEnqueued } : {}),
    directory,
  });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await worker?.close();
      await live?.clear();
      await producer.close();
      await queue.close();
      await opened.close();
    })();
    return closing;
  };
  try {
    await queue.waitUntilReady();
    await worker?.ready();
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
  const runner: JobRunner = { submit: producer.submit, close };
  if (producer.forgetUser) runner.forgetUser = producer.forgetUser;
  return { runner, queue, probe: probeOf(queue, services.now), worker, close };
}
