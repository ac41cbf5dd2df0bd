/**
 * The /check path of an event: find what to check, enforce the byte cap and the rate limit, show
 * progress, run the (serialisable) job, post summary → thread → section messages (plus a before/after
 * message on a re-check), and remember which bot message is which section.
 */
import { randomUUID } from 'node:crypto';
import { CodedError, isCodedError } from '../errors.js';
import { log } from '../log.js';
import type { Report } from '../report/index.js';
import { isPastedResume, looksLikeResume } from './classify-text.js';
import type { Context } from './context.js';
import { fileTooLarge } from './downloads.js';
import { findReviewForEvent, type ReviewInContext } from './focus.js';
import { newJobId, type CheckJob, type JobResult } from './jobs.js';
import { humanDuration, periodName, plural } from './messages.js';
import type { LastInput } from './store/schemas.js';
import type { IncomingFile, Progress } from './types.js';

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

async function stopProgress(progress: Progress): Promise<void> {
  try {
    await progress.done();
  } catch (err) {
    log.warn({ errName: err instanceof Error ? err.name : 'unknown' }, 'progress.done failed');
  }
}

/** A re-check of a different person's resume gets no before/after: compare names when both have one. */
function sameResume(previous: Report, next: Report): boolean {
  const a = previous.contact.name?.trim().toLowerCase();
  const b = next.contact.name?.trim().toLowerCase();
  return !a || !b || a === b;
}

function threadTitle(report: Report): string {
  const role = report.role.label ?? report.role.id;
  return `Resume review: ${role}, ${report.score}/100`;
}

async function takeRateLimit(ctx: Context): Promise<void> {
  const { store, config, now } = ctx.services;
  const decision = await store.takeCheck(
    ctx.event.platform,
    ctx.event.user.id,
    config.checksPerWindow,
    config.rateWindowMs,
    now(),
  );
  if (decision.allowed) return;
  throw new CodedError(
    'rate-limited',
    `You have run ${plural(decision.used, 'check')} in the last ${periodName(config.rateWindowMs)}, which is my limit. ` +
      `You can check again in ${humanDuration(decision.retryAfterMs)}. Meanwhile, ask me anything about your last review.`,
    { context: { retryAfterMs: decision.retryAfterMs } },
  );
}

/** Downloads the file if needed and builds the serialisable job (with the user's role and job description). */
async function prepareJob(
  ctx: Context,
  source: CheckSource,
  cap: number,
): Promise<{ job: CheckJob; input: LastInput }> {
  const { event } = ctx;
  const { store, config, now } = ctx.services;
  const input: LastInput =
    source.kind === 'stored'
      ? source.input
      : source.kind === 'text'
        ? { kind: 'text', text: source.text, savedAt: now() }
        : {
            kind: 'file',
            name: source.file.name,
            mimeType: source.file.mimeType,
            base64: Buffer.from(await download(source.file, cap)).toString('base64'),
            savedAt: now(),
          };
  const [role, jobDescription] = await Promise.all([
    store.getRole(event.platform, event.user.id),
    store.getJobDescription(event.platform, event.user.id, event.conversation.id),
  ]);
  const job: CheckJob = {
    v: 1,
    id: newJobId(),
    platform: event.platform,
    userId: event.user.id,
    conversationId: event.conversation.id,
    threadId: event.threadId,
    role,
    jobDescription,
    input:
      input.kind === 'file'
        ? { kind: 'file', name: input.name, mimeType: input.mimeType, base64: input.base64 }
        : { kind: 'text', text: input.text },
    limits: { maxBytes: cap, maxPages: config.maxPages, timeoutMs: config.extractTimeoutMs },
  };
  return { job, input };
}

/**
 * Summary as a reply to the user's message, then a thread on it: the before/after message (on a re-check)
 * and one message per section. Returns where the thread is and which message is which section.
 */
async function postReview(
  ctx: Context,
  result: JobResult,
  previous: ReviewInContext | null,
): Promise<{ threadId: string | null; summaryMessageId: string; sectionMessages: Record<string, number | null> }> {
  const [summary, ...sections] = result.document.messages;
  if (!summary)
    throw new CodedError('internal', 'The check finished without a summary.', { context: { jobId: result.jobId } });
  const summaryRef = await ctx.reply(summary);
  const thread = await ctx.channel.thread(summaryRef, threadTitle(result.report));
  const sectionMessages: Record<string, number | null> = { [summaryRef.messageId]: null };
  let threadId: string | null = null;
  if (previous && sameResume(previous.report, result.report)) {
    const ref = await thread.send(ctx.services.analyzer.delta(previous.report, result.report));
    sectionMessages[ref.messageId] = null;
    threadId ??= ref.threadId;
  }
  for (const message of sections) {
    const ref = await thread.send(message);
    sectionMessages[ref.messageId] = message.section?.index ?? null;
    threadId ??= ref.threadId;
  }
  return {
    threadId: threadId ?? summaryRef.threadId ?? ctx.event.threadId,
    summaryMessageId: summaryRef.messageId,
    sectionMessages,
  };
}

export async function runCheck(ctx: Context, source: CheckSource): Promise<void> {
  const { event, channel } = ctx;
  const { store, config, jobs, now } = ctx.services;
  const cap = Math.min(config.maxFileBytes, channel.limits.maxDownloadBytes);
  if (source.kind === 'file' && source.file.size !== null && source.file.size > cap)
    throw fileTooLarge(source.file.size, cap);
  await takeRateLimit(ctx);

  const progress = await channel.progress('Reading your resume…');
  let prepared: { job: CheckJob; input: LastInput };
  let result: JobResult;
  try {
    prepared = await prepareJob(ctx, source, cap);
    result = await jobs.run(prepared.job);
  } finally {
    await stopProgress(progress);
  }

  // Looked up before saving: the review this one replaces (same user, same thread, or the DM's last).
  const previous = await findReviewForEvent(ctx, { sameUserOnly: true, allowLast: ctx.inDm });
  const posted = await postReview(ctx, result, previous);

  if (source.kind !== 'stored')
    await store.setLastInput(event.platform, event.user.id, event.conversation.id, prepared.input);
  const scope = {
    platform: event.platform,
    userId: event.user.id,
    conversationId: event.conversation.id,
    threadId: posted.threadId,
  };
  await store.saveReview({
    v: 1,
    id: randomUUID(),
    key: store.reviewKey(scope),
    ...scope,
    createdAt: now(),
    summaryMessageId: posted.summaryMessageId,
    report: result.report,
    jobDescription: prepared.job.jobDescription,
    sectionMessages: posted.sectionMessages,
  });
  log.info(
    {
      platform: event.platform,
      eventId: event.id,
      jobId: result.jobId,
      score: result.report.score,
      sections: result.document.messages.length - 1,
      recheck: previous !== null,
    },
    'check done',
  );
}
