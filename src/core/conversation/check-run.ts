/**
 * Runs an accepted check and posts its reply: progress → analysis → SAVE the review (so a follow-up sent
 * the moment the first message appears finds it) → summary, thread, before/after and one message per
 * section, each step recorded in the job's journal (a retried job resumes instead of posting again) and
 * linked in the store as soon as it is posted. The same code runs in the bot process and in a worker.
 */
import { CodedError, isCodedError } from '../errors.js';
import { log } from '../log.js';
import type { Report } from '../report/index.js';
import type { ReplyMessage } from '../reply/types.js';
import type { Analysis, Analyzer } from './analyzer.js';
import type { CheckJob } from './jobs.js';
import type { PostJournal } from './post-journal.js';
import type { ConversationStore } from './store/conversation-store.js';
import type { StoredReview } from './store/schemas.js';
import type { MessageRef, Progress, ReplyChannel, SendOptions } from './types.js';

export interface CheckServices {
  store: ConversationStore;
  analyzer: Analyzer;
  now: () => number;
}

/** Failures that are not the user's file or input: the check is given back to the rate limit. */
export function lostForOurReasons(err: unknown): boolean {
  return !isCodedError(err) || err.code === 'internal' || err.code === 'download-failed';
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

export function analyzeJob(job: CheckJob, analyzer: Analyzer): Promise<Analysis> {
  const options = {
    fileName: job.input.kind === 'file' ? job.input.name : null,
    role: job.role,
    jobDescription: job.jobDescription,
    limits: job.limits,
  };
  return job.input.kind === 'file'
    ? analyzer.analyzeFile(job.input.bytes, options)
    : analyzer.analyzeText(job.input.text, options);
}

/** CARD=off: the same message without its picture. */
function withCard(message: ReplyMessage, cards: boolean): ReplyMessage {
  if (cards || !message.card) return message;
  const { card: _card, ...text } = message;
  return text;
}

/**
 * Posts once per journal step: a step already recorded returns its ref without posting. The intent is
 * recorded first, so a retry knows when a post may have landed without its record (a crash between the
 * two): the key lets the platform dedupe it (Discord's nonce), or the channel look for it (Slack).
 */
async function once(
  journal: PostJournal,
  step: string,
  jobId: string,
  post: (options: SendOptions & { idempotencyKey: string }) => Promise<MessageRef>,
  recalled: Promise<MessageRef | null>,
  link: (ref: MessageRef) => Promise<void>,
): Promise<MessageRef> {
  const done = await recalled;
  if (done) {
    await link(done);
    return done;
  }
  const first = await journal.intend(step);
  const ref = await post({ idempotencyKey: `${jobId}:${step}`, ...(first ? {} : { maybePosted: true }) });
  // One round trip for both (a network store pipelines them): the journal's record and the message's link.
  await Promise.all([journal.record(step, ref), link(ref)]);
  return ref;
}

async function previousReport(services: CheckServices, job: CheckJob): Promise<Report | null> {
  if (job.previousReviewKey === null) return null;
  const stored = await services.store.getReview(job.previousReviewKey);
  return stored ? services.analyzer.parseReport(stored.report) : null;
}

/**
 * The progress indicator of this attempt. One already shown for the job (the accepting bot's placeholder,
 * or an earlier attempt's) is kept, and taken down when the analysis ends: posting another one first
 * would leave it up for good if this process died between that post and its journal record.
 */
async function startProgress(channel: ReplyChannel, journal: PostJournal): Promise<Progress> {
  const shown = await journal.recall('progress');
  if (shown && channel.remove) {
    const remove = channel.remove.bind(channel);
    let removed = false;
    return {
      ref: shown,
      async update() {},
      async done() {
        if (removed) return;
        removed = true;
        await remove(shown);
      },
    };
  }
  const progress = await channel.progress('Reading your resume…');
  if (progress.ref) await journal.record('progress', progress.ref);
  return progress;
}

/**
 * 'cancelled': the user ran /forget after this check was accepted (it was under way, or its waiting job
 * could not be removed in time): nothing is saved or posted.
 */
export type CheckEnd = 'posted' | 'cancelled';

export async function executeCheck(
  job: CheckJob,
  channel: ReplyChannel,
  services: CheckServices,
  journal: PostJournal,
  shown: Progress | null = null,
): Promise<CheckEnd> {
  const { store, analyzer, now } = services;
  const startedAt = now();
  const progress = shown ?? (await startProgress(channel, journal));
  let analysis: Analysis;
  try {
    analysis = await analyzeJob(job, analyzer);
  } finally {
    await stopProgress(progress);
  }
  const cards = job.cards !== false;
  const [summary, ...sections] = analysis.document.messages.map((m) => withCard(m, cards));
  if (!summary)
    throw new CodedError('internal', 'The check finished without a summary.', { context: { jobId: job.id } });
  // What the journal has of each step, read with the /forget mark and the earlier review (one round trip).
  const steps = ['summary', 'delta', ...sections.map((_, i) => `section:${i}`)];
  const recalled = new Map(steps.map((step) => [step, journal.recall(step)] as const));
  const [forgotten, previous] = await Promise.all([
    store.forgottenSince(job.platform, job.userId, job.acceptedAt),
    previousReport(services, job),
    ...recalled.values(),
  ]);
  if (forgotten) {
    log.info({ platform: job.platform, jobId: job.id }, 'check dropped: the user ran /forget');
    return 'cancelled';
  }
  const recall = (step: string) => recalled.get(step) ?? journal.recall(step);

  const saves: Promise<void>[] = [];
  if (job.saveInput) {
    const savedAt = now();
    const saved = store.setLastInput(
      job.platform,
      job.userId,
      job.conversationId,
      job.input.kind === 'file'
        ? {
            kind: 'file',
            name: job.input.name,
            mimeType: job.input.mimeType,
            base64: Buffer.from(job.input.bytes).toString('base64'),
            savedAt,
          }
        : { kind: 'text', text: job.input.text, savedAt },
    );
    saves.push(saved);
  }
  // Saved before anything is posted; the message links follow each post.
  const review: StoredReview = {
    v: 1,
    id: job.id,
    key: store.reviewKey(job, job.id),
    platform: job.platform,
    userId: job.userId,
    conversationId: job.conversationId,
    threadId: job.threadId,
    createdAt: now(),
    summaryMessageId: null,
    report: analysis.report,
    jobDescription: job.jobDescription,
    sectionMessages: {},
  };
  await Promise.all([...saves, store.saveReview(review)]);

  const summaryRef = await once(
    journal,
    'summary',
    job.id,
    (options) => channel.send(summary, { replyTo: job.eventMessageId, ...options }),
    recall('summary'),
    (ref) => {
      review.summaryMessageId = ref.messageId;
      review.sectionMessages[ref.messageId] = null;
      return store.linkMessages(review, { [ref.messageId]: null }, ref.threadId);
    },
  );

  const thread = await channel.thread(summaryRef, threadTitle(analysis.report));
  const posts: { step: string; message: ReplyMessage; section: number | null }[] = [];
  if (previous && sameResume(previous, analysis.report))
    posts.push({ step: 'delta', message: withCard(analyzer.delta(previous, analysis.report), cards), section: null });
  sections.forEach((message, i) => {
    posts.push({ step: `section:${i}`, message, section: message.section?.index ?? null });
  });
  let threadId: string | null = summaryRef.threadId ?? job.threadId;
  for (const post of posts) {
    await once(
      journal,
      post.step,
      job.id,
      (options) => thread.send(post.message, options),
      recall(post.step),
      (ref) => {
        review.sectionMessages[ref.messageId] = post.section;
        threadId ??= ref.threadId;
        return store.linkMessages(review, { [ref.messageId]: post.section }, threadId);
      },
    );
  }
  review.threadId = threadId;
  await store.saveReview(review);
  log.info(
    {
      platform: job.platform,
      jobId: job.id,
      score: analysis.report.score,
      sections: sections.length,
      recheck: previous !== null,
      ms: now() - startedAt,
    },
    'check done',
  );
  return 'posted';
}
