/**
 * The queue's parts that need no Redis: settings, the wire format, retry-after and back-off, the live
 * channel registry, one attempt of a queued check (answered / user error / retry / apology), and the
 * embedded default (no QUEUE_URL: checks run in process).
 */
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../src/core/conversation/analyzer.js';
import type { CheckJob } from '../../src/core/conversation/jobs.js';
import { storeJournal } from '../../src/core/conversation/post-journal.js';
import type { ReplyChannel } from '../../src/core/conversation/types.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { loadQueueConfig } from '../../src/core/queue/config.js';
import { channelDirectory } from '../../src/core/queue/directory.js';
import { LiveChannels } from '../../src/core/queue/live-channels.js';
import { openJobs } from '../../src/core/queue/open-jobs.js';
import { processCheck } from '../../src/core/queue/process-check.js';
import { backoffMs, retryAfterMsOf } from '../../src/core/queue/retry-after.js';
import { decodeCheck, encodeCheck } from '../../src/core/queue/wire.js';
import { createFakeAnalyzer } from '../conversation/fake-analyzer.js';
import { WEAK_TEXT } from '../conversation/setup.js';
import { RecordingPlatform } from '../helpers/recording-channel.js';

const job = (over: Partial<CheckJob> = {}): CheckJob => ({
  id: 'job-1',
  platform: 'test',
  userId: 'u1',
  conversationId: 'dm-u1',
  threadId: null,
  inDm: true,
  eventMessageId: 'm0',
  role: null,
  jobDescription: null,
  input: { kind: 'text', text: WEAK_TEXT },
  saveInput: true,
  limits: { maxBytes: 1_000_000, maxPages: 4, timeoutMs: 5000 },
  previousReviewKey: null,
  rateSlot: null,
  acceptedAt: 0,
  ...over,
});
const ADDRESS = { platform: 'test', place: { conversationId: 'dm-u1' } };

describe('queue settings', () => {
  it('defaults to in process, and reads QUEUE_URL and WORKERS', () => {
    expect(loadQueueConfig({}).url).toBeNull();
    const c = loadQueueConfig({ QUEUE_URL: 'redis://127.0.0.1:6379', WORKERS: '0' });
    expect(c.url).toBe('redis://127.0.0.1:6379');
    expect(c.workers).toBe(0);
  });
  it('refuses a QUEUE_URL that is not redis, naming the variable', () => {
    expect(() => loadQueueConfig({ QUEUE_URL: 'http://x' })).toThrow(/QUEUE_URL/);
    expect(() => loadQueueConfig({ WORKERS: '-1' })).toThrow(/WORKERS/);
  });
});

describe('wire format', () => {
  it('round-trips a file job (bytes as base64) and refuses a damaged one', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const original = job({ input: { kind: 'file', name: 'cv.pdf', mimeType: 'application/pdf', bytes } });
    const back = decodeCheck(JSON.parse(JSON.stringify(encodeCheck(original, ADDRESS))));
    expect(back?.job).toEqual(original);
    expect(back?.address).toEqual(ADDRESS);
    expect(decodeCheck({ v: 1, job: { id: 'x' }, address: ADDRESS })).toBeNull();
    expect(decodeCheck({ ...encodeCheck(original, ADDRESS), v: 2 })).toBeNull();
  });
});

describe('retry-after and back-off', () => {
  it('reads our, Slack, Telegram and discord.js shapes', () => {
    expect(retryAfterMsOf({ retryAfterMs: 1500 })).toBe(1500);
    expect(retryAfterMsOf({ retryAfter: 3 })).toBe(3000); // Slack WebClient: seconds
    expect(retryAfterMsOf({ parameters: { retry_after: 2 } })).toBe(2000); // grammY
    expect(retryAfterMsOf({ name: 'RateLimitError', retryAfter: 750 })).toBe(750); // discord.js: ms
    expect(retryAfterMsOf(new Error('x'))).toBeNull();
    expect(retryAfterMsOf('x')).toBeNull();
  });
  it('grows exponentially, and a retry-after wins when it is longer', () => {
    expect(backoffMs(1, 100, null)).toBe(100);
    expect(backoffMs(3, 100, null)).toBe(400);
    expect(backoffMs(1, 100, { retryAfterMs: 5000 })).toBe(5000);
  });
});

describe('live channels', () => {
  it('hands out the progress once and stops it when the job is dropped', async () => {
    const platform = new RecordingPlatform();
    const event = platform.event();
    const channel = platform.channelFor(event);
    const live = new LiveChannels();
    const progress = await channel.progress('Reading');
    live.put('j', channel, progress);
    expect(live.takeProgress('j')).toBe(progress);
    expect(live.takeProgress('j')).toBeNull();
    expect(live.channel('j')).toBe(channel);
    live.drop('j');
    expect(live.channel('j')).toBeNull();
  });
  it('drops entries older than its limit (their progress stopped)', async () => {
    const platform = new RecordingPlatform();
    const channel = platform.channelFor(platform.event());
    const clock = { now: 0 };
    const live = new LiveChannels(1000, () => clock.now);
    live.put('old', channel, await channel.progress('Reading'));
    clock.now = 5000;
    live.put('new', channel, null);
    expect(live.channel('old')).toBeNull();
    await Promise.resolve();
    expect(platform.records.filter((r) => r.op === 'progress-done')).toHaveLength(1);
  });
});

async function attemptSetup(analyzer: Analyzer = createFakeAnalyzer()) {
  const store = new ConversationStore(await openStore('memory://'), { resumeTtlMs: 3_600_000 });
  const platform = new RecordingPlatform();
  const channel = platform.channelFor(platform.event());
  const deps = {
    services: { store, analyzer, now: Date.now },
    directory: channelDirectory({ test: () => channel }),
    live: null,
    journalTtlMs: 60_000,
  };
  return { store, platform, deps };
}

/** An analyzer that fails on our side (not a CodedError) the first `times` calls. */
function flaky(times: number): Analyzer & { calls: number } {
  const inner = createFakeAnalyzer();
  const a = {
    ...inner,
    calls: 0,
    async analyzeText(text: string, options: Parameters<Analyzer['analyzeText']>[1]) {
      a.calls += 1;
      if (a.calls <= times) throw new Error('worker crashed');
      return inner.analyzeText(text, options);
    },
  };
  return a;
}

describe('one attempt of a queued check', () => {
  it('answers by reopening the channel from its address', async () => {
    const { platform, deps, store } = await attemptSetup();
    const data = JSON.parse(JSON.stringify(encodeCheck(job(), ADDRESS)));
    expect(await processCheck(data, { number: 1, last: false }, deps)).toBe('answered');
    expect(platform.messages.filter((m) => m.message?.kind === 'summary')).toHaveLength(1);
    expect(await store.lastReview('test', 'u1', 'dm-u1')).not.toBeNull();
  });

  it('a check accepted before the user ran /forget saves and posts nothing', async () => {
    const { platform, deps, store } = await attemptSetup();
    const accepted = job();
    await store.forgetUser('test', 'u1', accepted.acceptedAt + 1);
    expect(await processCheck(encodeCheck(accepted, ADDRESS), { number: 1, last: false }, deps)).toBe('cancelled');
    expect(platform.messages.filter((m) => m.message !== undefined)).toHaveLength(0);
    expect(await store.lastReview('test', 'u1', 'dm-u1')).toBeNull();
    // One accepted after the /forget is checked as usual.
    const later = { ...job(), id: 'job-later', acceptedAt: accepted.acceptedAt + 2 };
    expect(await processCheck(encodeCheck(later, ADDRESS), { number: 1, last: false }, deps)).toBe('answered');
  });

  it('a failure on our side is thrown for a retry, and the retry posts everything once', async () => {
    const { platform, deps } = await attemptSetup(flaky(1));
    const data = encodeCheck(job(), ADDRESS);
    await expect(processCheck(data, { number: 1, last: false }, deps)).rejects.toThrow('worker crashed');
    expect(await processCheck(data, { number: 2, last: false }, deps)).toBe('answered');
    const sent = platform.messages.map((m) => m.message?.title);
    expect(new Set(sent).size).toBe(sent.length);
    expect(platform.messages.filter((m) => m.message?.kind === 'summary')).toHaveLength(1);
  });

  it('the last attempt apologises once and gives the check back to the rate limit', async () => {
    const { platform, deps, store } = await attemptSetup(flaky(5));
    const taken = await store.takeCheck('test', 'u1', 1, 3_600_000, Date.now());
    const data = encodeCheck(job({ rateSlot: taken.slotId }), ADDRESS);
    expect(await processCheck(data, { number: 3, last: true }, deps)).toBe('apologised');
    expect(await processCheck(data, { number: 3, last: true }, deps)).toBe('apologised');
    expect(platform.messages.filter((m) => m.message?.kind === 'error')).toHaveLength(1);
    expect((await store.takeCheck('test', 'u1', 1, 3_600_000, Date.now())).allowed).toBe(true);
  });

  it('a problem with the file is answered once and not retried; an unreadable payload is refused', async () => {
    const { platform, deps } = await attemptSetup();
    const data = encodeCheck(job({ input: { kind: 'text', text: 'x' } }), ADDRESS);
    expect(await processCheck(data, { number: 1, last: false }, deps)).toBe('user-error');
    expect(platform.messages.map((m) => m.message?.kind)).toEqual(['error']);
    expect(await processCheck({ nonsense: true }, { number: 1, last: false }, deps)).toBe('refused');
  });

  it('a worker killed just after posting its progress line leaves none up: the placeholder shown is kept', async () => {
    const { platform, deps, store } = await attemptSetup();
    const recording = platform.channelFor(platform.event());
    const up = new Set<string>(['placeholder']);
    let dies = true;
    let shown = 0;
    // Progress lines are messages that stay up until removed; the first attempt dies right after posting.
    const channel: ReplyChannel = {
      ...recording,
      async progress() {
        shown += 1;
        up.add(`progress-${shown}`);
        if (dies) throw new Error('killed after the post landed');
        return {
          ref: { messageId: `progress-${shown}`, threadId: null },
          update: async () => {},
          done: async () => void up.delete(`progress-${shown}`),
        };
      },
      async remove(ref) {
        up.delete(ref.messageId);
      },
    };
    const killable = { ...deps, directory: channelDirectory({ test: () => channel }) };
    // The accepting bot showed its placeholder and journaled it.
    await storeJournal(store.raw, 'job-1', 60_000).record('progress', { messageId: 'placeholder', threadId: null });
    const data = encodeCheck(job(), ADDRESS);
    await processCheck(data, { number: 1, last: false }, killable).catch(() => 'died');
    dies = false;
    expect(await processCheck(data, { number: 2, last: false }, killable)).toBe('answered');
    expect([...up]).toEqual([]);
    expect(shown).toBe(0);
    expect(platform.messages.filter((m) => m.message?.kind === 'summary')).toHaveLength(1);
  });

  it('a platform no process here can open is retried, then given up on the last attempt', async () => {
    const { deps } = await attemptSetup();
    const data = encodeCheck(job(), { platform: 'elsewhere', place: {} });
    await expect(processCheck(data, { number: 1, last: false }, deps)).rejects.toThrow();
    expect(await processCheck(data, { number: 2, last: true }, deps)).toBe('unreachable');
  });
});

describe('the embedded default', () => {
  it('without QUEUE_URL checks run in process (no Redis touched)', async () => {
    const { deps } = await attemptSetup();
    const jobs = await openJobs({
      config: loadQueueConfig({}),
      services: deps.services,
      directory: deps.directory,
      role: 'bot',
      dedupeTtlMs: 60_000,
    });
    expect(jobs.queue).toBeNull();
    expect(jobs.worker).toBeNull();
    const platform = new RecordingPlatform();
    await jobs.runner.submit(job(), platform.channelFor(platform.event()), null);
    expect(platform.messages.filter((m) => m.message?.kind === 'summary')).toHaveLength(1);
    await jobs.close();
  });
});
