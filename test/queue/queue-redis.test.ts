/**
 * The BullMQ queue against a real Redis (skipped without REDIS_URL; .ci/run sets it): an event that
 * reaches two bot processes is checked once, a platform 429 is retried after its Retry-After, a 500 sent
 * after the platform posted does not double the post, and a problem with the user's file is answered
 * once without retries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckJob } from '../../src/core/conversation/jobs.js';
import type { Outcome } from '../../src/core/queue/process-check.js';
import { WEAK_TEXT } from '../conversation/setup.js';
import { type FakePlatform, type Posted, startFakePlatform } from './helpers/fake-platform.js';
import { type Deployment, deployment, REDIS_URL } from './helpers/harness.js';
import { httpChannel } from './helpers/http-channel.js';

/** The posts of one conversation that are answers (not progress placeholders). */
const answers = (posts: readonly Posted[], conversationId: string) =>
  posts.filter((p) => p.conversationId === conversationId && p.kind !== 'progress');
const summaries = (posts: readonly Posted[]) => posts.filter((p) => p.kind === 'summary');

describe.skipIf(!REDIS_URL)('BullMQ queue (real Redis)', () => {
  let platform: FakePlatform;
  let d: Deployment;
  beforeEach(async () => {
    platform = await startFakePlatform();
    d = await deployment(platform.url);
  });
  afterEach(async () => {
    await d.cleanup();
    await platform.close();
  });

  it('the same events delivered to two bot processes are each answered once, by a separate worker', async () => {
    const a = await d.bot();
    const b = await d.bot();
    const outcomes: Outcome[] = [];
    await d.worker({ hooks: { onOutcome: (o) => o !== 'retry' && outcomes.push(o) } });
    const events = Array.from({ length: 12 }, (_, i) => d.event(i));
    await Promise.all(events.flatMap((e) => [d.deliver(a.engine, e), d.deliver(b.engine, e)]));
    await platform.until((posts) => summaries(posts).length >= events.length && outcomes.length >= events.length);
    await platform.until(() => outcomes.length >= events.length);
    expect(summaries(platform.posts)).toHaveLength(events.length);
    const perCheck = answers(platform.posts, 'dm-0').length;
    expect(perCheck).toBeGreaterThan(2); // summary + sections
    for (const e of events) expect(answers(platform.posts, e.conversation.id)).toHaveLength(perCheck);
    expect(platform.posts.filter((p) => p.kind === 'progress' && !p.removed)).toEqual([]);
    // Follow-ups find the review the worker saved.
    expect(await d.store.lastReview('fake', 'u3', 'dm-3')).not.toBeNull();
    expect(await d.depth()).toBe(0);
  });

  it('a job submitted twice (two processes, one event id) is enqueued once', async () => {
    const seen: string[] = [];
    const a = await d.bot({ hooks: { onEnqueued: (o) => seen.push(o) } });
    const b = await d.bot({ hooks: { onEnqueued: (o) => seen.push(o) } });
    const job: CheckJob = {
      id: `job-${d.run}`,
      platform: 'fake',
      userId: 'u1',
      conversationId: 'dm-1',
      threadId: null,
      inDm: true,
      eventMessageId: 'um-1',
      role: null,
      jobDescription: null,
      input: { kind: 'text', text: WEAK_TEXT },
      saveInput: true,
      limits: { maxBytes: 1_000_000, maxPages: 4, timeoutMs: 5000 },
      previousReviewKey: null,
      rateSlot: null,
      acceptedAt: Date.now(),
    };
    const channel = () => httpChannel(platform.url, { conversationId: 'dm-1', threadId: null, replyTo: 'um-1' });
    await Promise.all([a.jobs.runner.submit(job, channel(), null), b.jobs.runner.submit(job, channel(), null)]);
    expect(seen.sort()).toEqual(['duplicate', 'enqueued']);
    const outcomes: Outcome[] = [];
    await d.worker({ hooks: { onOutcome: (o) => o !== 'retry' && outcomes.push(o) } });
    await platform.until(() => outcomes.length >= 1);
    expect(outcomes).toEqual(['answered']);
    expect(summaries(platform.posts)).toHaveLength(1);
  });

  it('a 429 is retried after its Retry-After, and a 500 after the post landed does not post twice', async () => {
    const bot = await d.bot();
    const retries: number[] = [];
    const outcomes: Outcome[] = [];
    await d.worker({
      concurrency: 1,
      hooks: { onOutcome: (o, ms) => (o === 'retry' ? retries.push(ms) : outcomes.push(o)) },
    });
    // First check: its summary gets a 429 asking for 1 s.
    platform.fault({ status: 429, retryAfterS: 1, kind: 'summary' });
    const started = Date.now();
    await d.deliver(bot.engine, d.event(1));
    await platform.until(() => outcomes.length >= 1);
    const elapsed = Date.now() - started;
    expect(outcomes).toEqual(['answered']);
    expect(platform.counts.rateLimited).toBe(1);
    expect(retries).toHaveLength(1);
    expect(elapsed).toBeGreaterThanOrEqual(1000); // waited at least what the platform asked
    const once = answers(platform.posts, 'dm-1');
    expect(summaries(once)).toHaveLength(1);
    expect(new Set(once.map((p) => `${p.threadId}|${p.title}`)).size).toBe(once.length);

    // Second check: its summary lands but the platform answers 500; the retry reuses the post's key.
    platform.fault({ status: 500, afterPost: true, kind: 'summary' });
    await d.deliver(bot.engine, d.event(2));
    await platform.until(() => outcomes.length >= 2);
    expect(outcomes).toEqual(['answered', 'answered']);
    expect(retries).toHaveLength(2);
    expect(platform.counts.failedAfterPost).toBe(1);
    expect(platform.counts.keyRepeats).toBe(1);
    expect(summaries(answers(platform.posts, 'dm-2'))).toHaveLength(1);
    expect(answers(platform.posts, 'dm-2')).toHaveLength(once.length);
    expect(platform.posts.filter((p) => p.kind === 'progress' && !p.removed)).toEqual([]);
  });

  it('a file problem is answered once and not retried', async () => {
    const bot = await d.bot();
    const outcomes: (Outcome | 'retry')[] = [];
    await d.worker({ hooks: { onOutcome: (o) => outcomes.push(o) } });
    const job: CheckJob = {
      id: `bad-${d.run}`,
      platform: 'fake',
      userId: 'u9',
      conversationId: 'dm-9',
      threadId: null,
      inDm: true,
      eventMessageId: null,
      role: null,
      jobDescription: null,
      input: { kind: 'text', text: 'too short' },
      saveInput: false,
      limits: { maxBytes: 1_000_000, maxPages: 4, timeoutMs: 5000 },
      previousReviewKey: null,
      rateSlot: null,
      acceptedAt: Date.now(),
    };
    await bot.jobs.runner.submit(
      job,
      httpChannel(platform.url, { conversationId: 'dm-9', threadId: null, replyTo: null }),
      null,
    );
    await platform.until(() => outcomes.length >= 1);
    expect(outcomes).toEqual(['user-error']);
    const posted = answers(platform.posts, 'dm-9');
    expect(posted.map((p) => p.kind)).toEqual(['error']);
  });
});
