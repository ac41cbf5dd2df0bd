/**
 * One attempt at a queued check, whatever runs it (a BullMQ worker here or in `npm run worker`). It
 * answers on the live channel when this process accepted the check, else reopens the channel by address,
 * and posts through the job's journal in the shared store, so a retry resumes where the last attempt
 * stopped. A problem with the user's file is answered once and the job completes; a failure on our side
 * is thrown (the queue retries with back-off) until the last attempt, which apologises once and gives the
 * check back to the rate limit.
 */
import { randomUUID } from 'node:crypto';
import { type CheckServices, executeCheck, lostForOurReasons } from '../conversation/check-run.js';
import { handleFailure } from '../conversation/error-boundary.js';
import type { CheckJob } from '../conversation/jobs.js';
import { AttemptSuperseded, type PostJournal, storeJournal } from '../conversation/post-journal.js';
import type { CoreEvent, ReplyChannel } from '../conversation/types.js';
import { CodedError } from '../errors.js';
import { log } from '../log.js';
import type { ChannelDirectory } from './directory.js';
import type { LiveChannels } from './live-channels.js';
import { decodeCheck } from './wire.js';

export interface ProcessDeps {
  services: CheckServices;
  directory: ChannelDirectory;
  /** Channels of checks this process accepted (null: a worker-only process). */
  live: LiveChannels | null;
  journalTtlMs: number;
}

export interface Attempt {
  /** 1 for the first attempt. */
  number: number;
  last: boolean;
}

/** 'superseded': a later attempt owns the job (this one froze past its lock); it posts nothing more. */
export type Outcome = 'answered' | 'user-error' | 'apologised' | 'refused' | 'unreachable' | 'cancelled' | 'superseded';

/** The job's event as the error boundary needs it (ids only; the text and files are not needed there). */
function eventOf(job: CheckJob): CoreEvent {
  return {
    id: job.id,
    platform: job.platform,
    user: { id: job.userId, name: null },
    conversation: { id: job.conversationId, kind: job.inDm ? 'dm' : 'channel' },
    threadId: job.threadId,
    messageId: job.eventMessageId,
    replyTo: null,
    text: '',
    files: [],
    addressed: true,
    command: null,
  };
}

/** The error reply, once per job: a retry after it was posted does not post it again. */
async function notifyOnce(journal: PostJournal, step: string, post: () => Promise<void>): Promise<void> {
  if (await journal.recall(step)) return;
  await post();
  await journal.record(step, { messageId: '-', threadId: null });
}

async function giveBack(services: CheckServices, job: CheckJob): Promise<void> {
  if (job.rateSlot === null) return;
  await services.store.releaseCheck(job.platform, job.userId, job.rateSlot).catch(() => undefined);
}

export async function processCheck(data: unknown, attempt: Attempt, deps: ProcessDeps): Promise<Outcome> {
  try {
    return await attemptCheck(data, attempt, deps);
  } catch (err) {
    if (!(err instanceof AttemptSuperseded)) throw err;
    // Neither an apology nor the rate-limit slot back: the owner is answering.
    log.warn({ attempt: attempt.number }, 'queue: a later attempt owns this check; this one stops');
    return 'superseded';
  }
}

async function attemptCheck(data: unknown, attempt: Attempt, deps: ProcessDeps): Promise<Outcome> {
  const decoded = decodeCheck(data);
  if (!decoded) {
    log.error({ attempt: attempt.number }, 'queue: job refused (unreadable payload)');
    return 'refused';
  }
  const { job, address } = decoded;
  const { services, directory, live } = deps;
  const channel: ReplyChannel | null = live?.channel(job.id) ?? (await directory.open(address));
  if (!channel) {
    // Perhaps a process that can open it takes the job on a retry; the last attempt gives up (logged).
    if (!attempt.last)
      throw new CodedError('internal', 'No channel for this job here.', { context: { platform: address.platform } });
    log.error({ jobId: job.id, platform: job.platform }, 'queue: no way to answer this check');
    await giveBack(services, job);
    return 'unreachable';
  }
  // Fenced by this attempt's token: a process frozen past its lock cannot post after the next attempt took over.
  const journal = storeJournal(services.store.raw, job.id, deps.journalTtlMs, randomUUID());
  await journal.own();
  const shown = live?.takeProgress(job.id) ?? null;
  try {
    const end = await executeCheck(job, channel, services, journal, shown);
    live?.drop(job.id);
    return end === 'cancelled' ? 'cancelled' : 'answered';
  } catch (err) {
    if (err instanceof AttemptSuperseded) throw err;
    if (!lostForOurReasons(err)) {
      await notifyOnce(journal, 'error', () => handleFailure(err, eventOf(job), channel, 'check'));
      live?.drop(job.id);
      return 'user-error';
    }
    if (!attempt.last) throw err;
    await notifyOnce(journal, 'apology', () => handleFailure(err, eventOf(job), channel, 'check'));
    await giveBack(services, job);
    live?.drop(job.id);
    return 'apologised';
  }
}
