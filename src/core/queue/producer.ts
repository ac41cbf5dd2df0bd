/**
 * The queue side of the JobRunner seam: `submit` durably enqueues the check under its event-derived id
 * (a redelivery, or the same event reaching a second bot process, is enqueued once) and returns, so the
 * bot's ack path does no review work. A channel with no address (the console, an adapter that cannot be
 * reopened elsewhere) keeps running its checks in process.
 */
import type { Job, Queue } from 'bullmq';
import { log } from '../log.js';
import type { ChannelDirectory } from './directory.js';
import type { CheckJob, JobRunner } from '../conversation/jobs.js';
import type { PostJournal } from '../conversation/post-journal.js';
import type { LiveChannels } from './live-channels.js';
import { decodeCheck, encodeCheck } from './wire.js';

export interface QueueRunnerOptions {
  queue: Queue;
  /** Runs checks whose channel has no address. */
  fallback: JobRunner;
  /** Set when this process runs a worker: it answers its own checks on their live channels. */
  live: LiveChannels | null;
  journal: (jobId: string) => PostJournal;
  /**
   * Claims the job id across processes (SET NX with expiry in the shared store): only the first claim
   * enqueues. BullMQ's own job id check stays as a second guard while the job exists.
   */
  claim: (jobId: string) => Promise<boolean>;
  /** Gives the claim back when the enqueue failed. */
  unclaim: (jobId: string) => Promise<void>;
  /** Gives the check back to the rate limit when it could not be enqueued. */
  release: (job: CheckJob) => Promise<void>;
  attempts: number;
  /** How long an event id keeps a second enqueue away after its job finished. */
  dedupeTtlMs: number;
  /** Counts enqueues and dedupe hits (metrics). */
  onEnqueued?: (outcome: 'enqueued' | 'duplicate') => void;
  /** Reopens a forgotten job's channel elsewhere, to take its progress placeholder down. */
  directory: ChannelDirectory;
}

/** States of a job no worker has taken yet. */
const NOT_STARTED = ['waiting', 'delayed', 'prioritized', 'waiting-children'] as const;

export const CHECK_JOB_NAME = 'check';

export function createQueueJobRunner(options: QueueRunnerOptions): JobRunner {
  const { queue, fallback, live, journal, claim, unclaim, release, attempts, dedupeTtlMs, onEnqueued, directory } =
    options;

  /** Removes one job if no worker took it meanwhile; then its placeholder, wherever it is shown. */
  async function cancel(job: Job): Promise<boolean> {
    const decoded = decodeCheck(job.data);
    if (!decoded || job.id === undefined) return false;
    const id = job.id;
    try {
      await job.remove();
    } catch {
      // Taken by a worker meanwhile: that attempt sees the /forget mark before it saves anything.
      return false;
    }
    const shown = await journal(id).recall('progress');
    const channel = live?.channel(id) ?? (await directory.open(decoded.address).catch(() => null));
    if (shown && channel?.remove) await channel.remove(shown).catch(() => undefined);
    live?.drop(id);
    return true;
  }

  return {
    async submit(job, channel, progress) {
      const address = channel.address;
      if (!address) return fallback.submit(job, channel, progress);
      if (!(await claim(job.id))) {
        onEnqueued?.('duplicate');
        await progress?.done().catch(() => undefined);
        return;
      }
      live?.put(job.id, channel, progress);
      try {
        // A worker elsewhere removes the placeholder this process showed.
        if (progress?.ref) await journal(job.id).record('progress', progress.ref);
        await queue.add(CHECK_JOB_NAME, encodeCheck(job, address), {
          jobId: job.id,
          attempts,
          backoff: { type: 'platform-aware' },
          deduplication: { id: job.id, ttl: dedupeTtlMs },
          // A finished job keeps no resume bytes or user ids.
          removeOnComplete: true,
          removeOnFail: true,
        });
      } catch (err) {
        live?.drop(job.id);
        await unclaim(job.id).catch(() => undefined);
        await release(job).catch(() => undefined);
        throw err;
      }
      onEnqueued?.('enqueued');
      // A typing indicator nobody here will stop: stop it now (the worker shows its own).
      if (!live && progress && !progress.ref) await progress.done().catch(() => undefined);
    },
    async forgetUser(platform, userId) {
      // A scan: /forget is rare, and the queue keeps no per-user index (its keys carry no user ids).
      const waiting = await queue.getJobs([...NOT_STARTED]);
      const theirs = waiting.filter((job) => {
        const decoded = decodeCheck(job.data);
        return decoded?.job.platform === platform && decoded.job.userId === userId;
      });
      let removed = 0;
      for (const job of theirs) if (await cancel(job)) removed += 1;
      if (removed > 0) log.info({ platform, removed }, 'queue: waiting checks removed by /forget');
      return removed;
    },
    async close() {
      await fallback.close();
    },
  };
}
