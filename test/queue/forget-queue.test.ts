/**
 * /forget with the queue (real Redis; skipped without REDIS_URL): the user's checks that no worker has
 * started are removed from the queue (their file with them) and their "Reading your resume…" placeholders
 * taken down, while other users' checks still run once a worker starts.
 */
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openQueueConnection } from '../../src/core/queue/connection.js';
import { decodeCheck } from '../../src/core/queue/wire.js';
import { type FakePlatform, startFakePlatform } from './helpers/fake-platform.js';
import { type Deployment, deployment, REDIS_URL } from './helpers/harness.js';

describe.skipIf(!REDIS_URL)('/forget and the queue', () => {
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

  it("removes the user's waiting checks and their placeholders; others still run", { timeout: 60_000 }, async () => {
    const bot = await d.bot(); // WORKERS=0: nothing starts until a worker does
    const mine = d.event(1);
    const mineAgain = { ...d.event(1), id: `${mine.id}-again`, messageId: 'um-1b' };
    const theirs = d.event(2);
    for (const event of [mine, mineAgain, theirs]) await d.deliver(bot.engine, event);
    expect(await d.depth()).toBe(3);
    const placeholders = platform.posts.filter((p) => p.kind === 'progress' && p.conversationId === 'dm-1');
    expect(placeholders).toHaveLength(2);

    await d.deliver(bot.engine, { ...d.event(1), id: `${mine.id}-forget`, files: [], text: '/forget' });
    expect(await d.depth()).toBe(1);
    expect(placeholders.every((p) => p.removed)).toBe(true);
    const reply = platform.posts.filter((p) => p.conversationId === 'dm-1' && p.kind !== 'progress');
    expect(reply.map((p) => p.title)).toEqual(['Forgotten']);

    // No job data of that user is left in Redis.
    const c = await openQueueConnection(REDIS_URL ?? '', 'rc-test-inspect');
    const q = new Queue(d.config.name, { connection: c.connection, prefix: d.config.prefix });
    const left = (await q.getJobs(['waiting', 'delayed', 'prioritized', 'active'])).map((j) => decodeCheck(j.data));
    await q.close();
    await c.close();
    expect(left.map((l) => l?.job.userId)).toEqual(['u2']);

    const outcomes: string[] = [];
    await d.worker({ hooks: { onOutcome: (o) => void outcomes.push(o) } });
    await platform.until(() => outcomes.length >= 1);
    expect(outcomes).toEqual(['answered']);
    await platform.until((posts) => posts.some((p) => p.kind === 'summary'));
    expect(platform.posts.filter((p) => p.kind === 'summary').map((p) => p.conversationId)).toEqual(['dm-2']);
    expect(await d.store.lastReview('fake', 'u1', 'dm-1')).toBeNull();
  });
});
