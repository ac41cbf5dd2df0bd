/**
 * The /check path of an event, up to the job: find what to check, enforce the byte cap and the rate
 * limit, download, build the CheckJob and submit it. Running it and posting the review is check-run.ts.
 */
import { randomUUID } from 'node:crypto';
import { CodedError, isCodedError } from '../errors.js';
import { lostForOurReasons } from './check-run.js';
import { isPastedResume, looksLikeResume } from './classify-text.js';
import type { Context } from './context.js';
import { fileTooLarge } from './downloads.js';
import { findReviewForEvent } from './focus.js';
import { jobIdFor, type CheckInput, type CheckJob } from './jobs.js';
import { humanDuration, periodName, plural } from './messages.js';
import type { LastInput } from './store/schemas.js';
import type { IncomingFile } from './types.js';

export type CheckSource =
  | { kind: 'file'; file: IncomingFile }
  | { kind: 'text'; text: string }
  | { kind: 'stored'; input: LastInput };

export const NO_FILE_MESSAGE =
  'Send me your resume as a PDF or DOCX file (or paste its text) and I will check it. ' +
  'In a channel, use /check with the file attached, or reply /check to a message that has the file.';

/** Attached file; the replied-to message's file or pasted resume; pasted text; the user's last file here. */
export async function resolveCheckSource(ctx: Context, pasted: string): Promise<CheckSource> {
  const { event } = ctx;
  const attached = event.files[0] ?? event.replyTo?.files[0];
  if (attached) return { kind: 'file', file: attached };
  if (isPastedResume(pasted)) return { kind: 'text', text: pasted };
  const repliedText = event.replyTo && !event.replyTo.fromBot ? event.replyTo.text : null;
  if (repliedText && looksLikeResume(repliedText)) return { kind: 'text', text: repliedText };
  const stored = await ctx.services.store.getLastInput(event.platform, event.user.id, event.conversation.id);
  if (stored) return { kind: 'stored', input: stored };
  throw new CodedError('no-file', ctx.channel.fileHint ?? NO_FILE_MESSAGE);
}

async function download(file: IncomingFile, cap: number): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await file.fetch(cap);
  } catch (cause) {
    if (isCodedError(cause)) throw cause;
    throw new CodedError('download-failed', 'I could not download that file. Please send it again.', { cause });
  }
  if (bytes.byteLength > cap) throw fileTooLarge(bytes.byteLength, cap);
  return bytes;
}

async function takeRateLimit(ctx: Context): Promise<string | null> {
  const { store, config, now } = ctx.services;
  const decision = await store.takeCheck(
    ctx.event.platform,
    ctx.event.user.id,
    config.checksPerWindow,
    config.rateWindowMs,
    now(),
    // The slot is the check's (its job id comes from the event), so a takeover does not count it again.
    ctx.event.id === '' ? null : jobIdFor(ctx.event.platform, ctx.event.id, randomUUID),
  );
  if (decision.allowed) return decision.slotId;
  throw new CodedError(
    'rate-limited',
    `You have run ${plural(decision.used, 'check')} in the last ${periodName(config.rateWindowMs)}, which is my limit. ` +
      `You can check again in ${humanDuration(decision.retryAfterMs)}. Meanwhile, ask me anything about your last review.`,
    { context: { retryAfterMs: decision.retryAfterMs } },
  );
}

/** Downloads the file if needed and builds the job (with the user's role, job description and the review it replaces). */
async function prepareJob(ctx: Context, source: CheckSource, cap: number, rateSlot: string | null): Promise<CheckJob> {
  const { event } = ctx;
  const { store, config, now } = ctx.services;
  const input: CheckInput =
    source.kind === 'stored'
      ? source.input.kind === 'file'
        ? {
            kind: 'file',
            name: source.input.name,
            mimeType: source.input.mimeType,
            bytes: new Uint8Array(Buffer.from(source.input.base64, 'base64')),
          }
        : { kind: 'text', text: source.input.text }
      : source.kind === 'text'
        ? { kind: 'text', text: source.text }
        : {
            kind: 'file',
            name: source.file.name,
            mimeType: source.file.mimeType,
            bytes: await download(source.file, cap),
          };
  const [role, jobDescription, previous] = await Promise.all([
    store.getRole(event.platform, event.user.id),
    store.getJobDescription(event.platform, event.user.id, event.conversation.id),
    // The review this one replaces (same user, same thread, or the DM's last).
    findReviewForEvent(ctx, { sameUserOnly: true, allowLast: ctx.inDm }),
  ]);
  return {
    id: jobIdFor(event.platform, event.id, randomUUID),
    platform: event.platform,
    userId: event.user.id,
    conversationId: event.conversation.id,
    threadId: event.threadId,
    inDm: ctx.inDm,
    eventMessageId: event.messageId,
    role,
    jobDescription,
    input,
    saveInput: source.kind !== 'stored',
    limits: { maxBytes: cap, maxPages: config.maxPages, timeoutMs: config.extractTimeoutMs },
    cards: config.cards,
    previousReviewKey: previous?.review.key ?? null,
    rateSlot,
    acceptedAt: now(),
  };
}

/**
 * Accepts a check (byte cap, rate limit, download) and hands it to the job runner, which posts the
 * review. A check that fails on our side before it reaches the runner gives its rate-limit slot back.
 */
export async function runCheck(ctx: Context, source: CheckSource): Promise<void> {
  const { event, channel } = ctx;
  const { store, config, jobs } = ctx.services;
  const cap = Math.min(config.maxFileBytes, channel.maxDownloadBytes);
  if (source.kind === 'file' && source.file.size !== null && source.file.size > cap)
    throw fileTooLarge(source.file.size, cap);
  const slot = await takeRateLimit(ctx);
  // Shown before the download, so the user sees within a second that the file arrived.
  const progress = await channel.progress('Reading your resume…');
  let job: CheckJob;
  try {
    job = await prepareJob(ctx, source, cap, slot);
  } catch (err) {
    await progress.done().catch(() => undefined);
    if (slot !== null && lostForOurReasons(err)) await store.releaseCheck(event.platform, event.user.id, slot);
    throw err;
  }
  await jobs.submit(job, channel, progress);
}
