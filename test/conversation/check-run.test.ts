/**
 * The check's order of work: the review is saved before the first message is posted (a follow-up sent
 * the moment it appears is answered), every message is linked as soon as it is posted, and a check that
 * fails on our side is given back to the rate limit (one that fails on the user's file is not).
 */
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../src/core/conversation/analyzer.js';
import { executeCheck } from '../../src/core/conversation/check-run.js';
import type { CheckJob } from '../../src/core/conversation/jobs.js';
import { AttemptSuperseded, memoryJournal, storeJournal } from '../../src/core/conversation/post-journal.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore, type KeyValueStore } from '../../src/core/conversation/store/kv.js';
import type { MessageRef } from '../../src/core/conversation/types.js';
import { fileFrom, plain, RecordingPlatform } from '../helpers/recording-channel.js';
import { createFakeAnalyzer } from './fake-analyzer.js';
import { fakeHarness, WEAK_TEXT } from './setup.js';

const textFile = (text: string) => fileFrom(new TextEncoder().encode(text), 'resume.txt', 'text/plain');

describe('check: save before post', () => {
  it('the review is found (last review, then each message) the moment each message is posted', async () => {
    const h = await fakeHarness();
    const event = h.platform.event({ files: [textFile(WEAK_TEXT)] });
    const channel = h.platform.channelFor(event);
    const seenAtSend: boolean[] = [];
    const wrap = (ch: typeof channel): typeof channel => {
      const send = ch.send.bind(ch);
      const thread = ch.thread.bind(ch);
      ch.send = async (message, options) => {
        seenAtSend.push((await h.store.lastReview('test', 'u1', 'dm-u1')) !== null);
        const ref: MessageRef = await send(message, options);
        return ref;
      };
      ch.thread = async (on, title) => wrap(await thread(on, title));
      return ch;
    };
    await h.engine.handle(event, wrap(channel));
    expect(seenAtSend.length).toBeGreaterThan(2);
    expect(seenAtSend.every(Boolean)).toBe(true);
    // Every posted message is linked to the review.
    for (const r of h.platform.records.filter((x) => x.op === 'send'))
      expect(await h.store.reviewForMessage('test', 'dm-u1', r.ref!.messageId)).not.toBeNull();
  });

  it('a follow-up that arrives while the sections are still being posted is answered about the review', async () => {
    const h = await fakeHarness();
    const event = h.platform.event({ files: [textFile(WEAK_TEXT)] });
    const channel = h.platform.channelFor(event);
    let asked = false;
    const send = channel.send.bind(channel);
    channel.send = async (message, options) => {
      const ref = await send(message, options);
      if (!asked && message.kind === 'summary') {
        asked = true;
        await h.platform.deliver(h.engine, { text: 'what should I fix first?' });
      }
      return ref;
    };
    await h.engine.handle(event, channel);
    expect(asked).toBe(true);
    expect(h.answers[0]?.report?.score).toBeGreaterThan(0);
  });

  it('a retried job posts only the steps its journal does not have yet', async () => {
    const h = await fakeHarness();
    const job: CheckJob = {
      id: 'job-1',
      platform: 'test',
      userId: 'u1',
      conversationId: 'dm-u1',
      threadId: null,
      inDm: true,
      eventMessageId: null,
      role: null,
      jobDescription: null,
      input: { kind: 'text', text: WEAK_TEXT },
      saveInput: true,
      limits: { maxBytes: 1_000_000, maxPages: 5, timeoutMs: 5000 },
      previousReviewKey: null,
      rateSlot: null,
      acceptedAt: 0,
    };
    const journal = memoryJournal();
    const event = h.platform.event();
    const channel = h.platform.channelFor(event);
    const send = channel.send.bind(channel);
    let sends = 0;
    const dying = { ...channel };
    dying.thread = async (on, title) => {
      const inner = await channel.thread(on, title);
      return {
        ...inner,
        send: async (m, o) => {
          sends += 1;
          if (sends === 3) throw new Error('worker died');
          return inner.send(m, o);
        },
      };
    };
    dying.send = send;
    const services = { store: h.store, analyzer: h.analyzer, now: () => h.clock.now };
    await expect(executeCheck(job, dying, services, journal)).rejects.toThrow('worker died');
    const firstTry = h.platform.records.filter((r) => r.op === 'send').length;
    await executeCheck(job, channel, services, journal);
    const all = h.platform.records.filter((r) => r.op === 'send');
    const titles = all.map((r) => r.message?.title);
    // Summary + 4 sections in all, each exactly once.
    expect(new Set(titles).size).toBe(titles.length);
    expect(all.length).toBe(5);
    expect(firstTry).toBe(3);
    expect(h.platform.records.filter((r) => r.op === 'progress').length).toBe(2);
    expect(h.platform.records.filter((r) => r.op === 'progress-done').length).toBe(2);
  });
});

describe('check: rate limit', () => {
  const failing = (base: Analyzer, err: () => Error): Analyzer => ({
    ...base,
    analyzeFile: async () => {
      throw err();
    },
    analyzeText: async () => {
      throw err();
    },
  });

  it('gives the check back when it fails on our side, keeps it counted when the file is bad', async () => {
    const base = createFakeAnalyzer();
    let broken = true;
    const analyzer: Analyzer = {
      ...base,
      analyzeFile: (bytes, options) =>
        broken ? failing(base, () => new Error('boom')).analyzeFile(bytes, options) : base.analyzeFile(bytes, options),
      analyzeText: base.analyzeText,
    };
    const h = await fakeHarness({ analyzer, config: { checksPerWindow: 1 } });
    const first = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    expect(plain(first.find((r) => r.message?.kind === 'error')?.message ?? null)).toMatch(/went wrong on my side/);
    broken = false;
    const second = await h.platform.deliver(h.engine, { files: [textFile(WEAK_TEXT)] });
    expect(second.some((r) => r.message?.kind === 'summary')).toBe(true);

    const h2 = await fakeHarness({ config: { checksPerWindow: 1 } });
    const bad = await h2.platform.deliver(h2.engine, { files: [textFile('x')] });
    expect(bad.some((r) => r.message?.kind === 'error')).toBe(true);
    const limited = await h2.platform.deliver(h2.engine, { files: [textFile(WEAK_TEXT)] });
    expect(plain(limited.find((r) => r.message?.kind === 'error')?.message ?? null)).toMatch(/my limit/);
  });
});

/**
 * A store whose every call takes one round trip, answered on the next turn of the event loop (as a
 * network store's are); calls made while others are under way share their round trip (as node-redis
 * pipelines them). Counts the round trips.
 */
function roundTrips(inner: KeyValueStore): { kv: KeyValueStore; rounds: () => number } {
  let inFlight = 0;
  let rounds = 0;
  const timed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (inFlight === 0) rounds += 1;
      inFlight += 1;
      try {
        await new Promise((resolve) => setImmediate(resolve));
        return await call(...args);
      } finally {
        inFlight -= 1;
      }
    };
  const kv: KeyValueStore = {
    ...inner,
    get: timed(inner.get.bind(inner)),
    set: timed(inner.set.bind(inner)),
    setIfAbsent: timed(inner.setIfAbsent.bind(inner)),
    writeIndexed: timed(inner.writeIndexed.bind(inner)),
  };
  return { kv, rounds: () => rounds };
}

describe('check: store round trips', () => {
  it('a check reads and writes its journal and links with few round trips (two per message posted)', async () => {
    const counted = roundTrips(await openStore('memory://'));
    const store = new ConversationStore(counted.kv, { resumeTtlMs: 3_600_000 });
    const platform = new RecordingPlatform();
    const event = platform.event();
    const job: CheckJob = {
      id: 'job-rt',
      platform: 'test',
      userId: 'u1',
      conversationId: event.conversation.id,
      threadId: null,
      inDm: true,
      eventMessageId: null,
      role: null,
      jobDescription: null,
      input: { kind: 'text', text: WEAK_TEXT },
      saveInput: true,
      limits: { maxBytes: 1_000_000, maxPages: 5, timeoutMs: 5000 },
      previousReviewKey: null,
      rateSlot: null,
      acceptedAt: 0,
    };
    const services = { store, analyzer: createFakeAnalyzer(), now: () => 1 };
    const journal = storeJournal(counted.kv, job.id, 60_000);
    await executeCheck(job, platform.channelFor(event), services, journal);
    const posted = platform.records.filter((r) => r.op === 'send').length;
    expect(posted).toBe(5);
    // Progress (read, record), the /forget mark with the journal's steps, the saves, then per message its
    // intent and (record + link) together, and the final save: 27 round trips when each was its own.
    expect(counted.rounds()).toBeLessThanOrEqual(2 * posted + 6);
    // Everything was still written: a retry posts nothing, each message leads to the review.
    for (const r of platform.records.filter((x) => x.op === 'send'))
      expect(await store.reviewForMessage('test', event.conversation.id, r.ref!.messageId)).not.toBeNull();
    await executeCheck(job, platform.channelFor(event), services, journal);
    expect(platform.records.filter((r) => r.op === 'send').length).toBe(posted);
  });
});

describe('check: an attempt frozen past its lock', () => {
  it('posts nothing more once a later attempt owns the job: every message once, the late one stops', async () => {
    const kv = await openStore('memory://');
    const store = new ConversationStore(kv, { resumeTtlMs: 3_600_000 });
    const platform = new RecordingPlatform();
    const event = platform.event();
    const job: CheckJob = {
      id: 'job-frozen',
      platform: 'test',
      userId: 'u1',
      conversationId: event.conversation.id,
      threadId: null,
      inDm: true,
      eventMessageId: null,
      role: null,
      jobDescription: null,
      input: { kind: 'text', text: WEAK_TEXT },
      saveInput: true,
      limits: { maxBytes: 1_000_000, maxPages: 5, timeoutMs: 5000 },
      previousReviewKey: null,
      rateSlot: null,
      acceptedAt: 0,
    };
    const services = { store, analyzer: createFakeAnalyzer(), now: () => 1 };
    // Attempt A freezes right after its first section landed (before recording it).
    let frozen: () => void = () => undefined;
    const thaw = new Promise<void>((resolve) => {
      frozen = resolve;
    });
    let paused: () => void = () => undefined;
    const isPaused = new Promise<void>((resolve) => {
      paused = resolve;
    });
    const channelA = platform.channelFor(event);
    const freezing = { ...channelA };
    freezing.thread = async (on, title) => {
      const inner = await channelA.thread(on, title);
      let sends = 0;
      return {
        ...inner,
        send: async (m, o) => {
          const ref = await inner.send(m, o);
          sends += 1;
          if (sends === 1) {
            paused();
            await thaw;
          }
          return ref;
        },
      };
    };
    const journalA = storeJournal(kv, job.id, 60_000, 'attempt-a');
    await journalA.own();
    const a = executeCheck(job, freezing, services, journalA);
    await isPaused;
    // The queue gives the job to attempt B, which answers to the end.
    const journalB = storeJournal(kv, job.id, 60_000, 'attempt-b');
    await journalB.own();
    await executeCheck(job, platform.channelFor(event), services, journalB);
    const afterB = platform.records.filter((r) => r.op === 'send').length;
    frozen();
    await expect(a).rejects.toBeInstanceOf(AttemptSuperseded);
    const titles = platform.records.filter((r) => r.op === 'send').map((r) => r.message?.title);
    // A posted nothing after it woke up; the section A posted before freezing is the one B may repeat
    // (its intent was recorded: the channel is told the post may already be there).
    expect(titles.length).toBe(afterB);
    expect(titles.length).toBeLessThanOrEqual(6);
    expect(new Set(titles).size).toBe(5);
  });
});
