import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/conversation/engine.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore, type KeyValueStore } from '../../src/core/conversation/store/kv.js';
import type { StoredReview } from '../../src/core/conversation/store/schemas.js';
import { fileFrom, RecordingPlatform } from '../helpers/recording-channel.js';
import { createFakeAnalyzer } from './fake-analyzer.js';
import { spyAnswerer, WEAK_TEXT } from './setup.js';
import type { FollowUpInput } from '../../src/core/conversation/followup.js';
import { COMMANDS } from '../../src/commands/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'rc-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function review(store: ConversationStore, over: Partial<StoredReview> = {}): StoredReview {
  const scope = { platform: 'test', userId: 'u1', conversationId: 'c1', threadId: 't1', ...over };
  const id = over.id ?? randomUUID();
  return {
    v: 1,
    id,
    key: store.reviewKey(scope, id),
    ...scope,
    createdAt: 1,
    summaryMessageId: 'm1',
    report: { sections: [{ kind: 'contact' }, { kind: 'experience' }] },
    jobDescription: null,
    sectionMessages: { m1: null, m2: 0, m3: 1 },
    ...over,
  };
}

/** Behaviour every backend must share. */
function storeContract(name: string, open: () => Promise<KeyValueStore>) {
  describe(`conversation store on ${name}`, () => {
    it('keeps a list: append in order, read, and take it once (the second take gets nothing)', async () => {
      const kv = await open();
      try {
        const key = `list-${randomUUID()}`;
        expect(await kv.readList(key)).toEqual([]);
        expect(await kv.appendList(key, { n: 1 }, 60_000)).toBe(1);
        expect(await kv.appendList(key, { n: 2 }, 60_000)).toBe(2);
        expect(await kv.readList(key)).toEqual([{ n: 1 }, { n: 2 }]);
        const [first, second] = await Promise.all([kv.takeList(key), kv.takeList(key)]);
        expect([first, second].sort((x, y) => y.length - x.length)).toEqual([[{ n: 1 }, { n: 2 }], []]);
        expect(await kv.readList(key)).toEqual([]);
      } finally {
        await kv.close();
      }
    });

    it('writes a guarded key only while the guard holds its token (a fencing token)', async () => {
      const kv = await open();
      try {
        const guard = { key: `owner-${randomUUID()}`, value: 'attempt-a' };
        const key = `step-${randomUUID()}`;
        expect(await kv.setGuarded(key, 1, 60_000, guard, true)).toBe('fenced');
        await kv.set(guard.key, 'attempt-a', 60_000);
        expect(await kv.setGuarded(key, 1, 60_000, guard, true)).toBe('written');
        expect(await kv.setGuarded(key, 2, 60_000, guard, true)).toBe('exists');
        expect(await kv.setGuarded(key, 3, 60_000, guard, false)).toBe('written');
        expect(await kv.get(key)).toBe(3);
        await kv.set(guard.key, 'attempt-b', 60_000);
        expect(await kv.setGuarded(key, 4, 60_000, guard, false)).toBe('fenced');
        expect(await kv.get(key)).toBe(3);
      } finally {
        await kv.close();
      }
    });

    it('saves a review with its message and thread links, and forgets the user entirely', async () => {
      const kv = await open();
      const store = new ConversationStore(kv, { resumeTtlMs: 60_000 });
      try {
        const r = review(store);
        await store.saveReview(r);
        await store.setRole('test', 'u1', 'backend');
        await store.setJobDescription('test', 'u1', 'c1', 'a job');
        await store.setLastInput('test', 'u1', 'c1', { kind: 'text', text: 'resume text', savedAt: 1 });
        const cursorScope = { platform: 'test', userId: 'u1', conversationId: 'c1', threadId: 't1' };
        await store.setCursor(cursorScope, { v: 1, ask: 'quantify' });
        expect(await store.getCursor(cursorScope)).toEqual({ v: 1, ask: 'quantify' });
        await store.saveReview(review(store, { userId: 'u2', conversationId: 'c2', sectionMessages: { x1: 0 } }));

        expect((await store.reviewForMessage('test', 'c1', 'm3'))?.link).toMatchObject({
          sectionIndex: 1,
          sectionKind: 'experience',
          reviewId: r.id,
        });
        expect((await store.reviewForThread('test', 'c1', 't1'))?.id).toBe(r.id);
        expect((await store.lastReview('test', 'u1', 'c1'))?.id).toBe(r.id);
        expect(await store.getRole('test', 'u1')).toBe('backend');

        const summary = await store.forgetUser('test', 'u1');
        expect(summary).toEqual({ review: 1, last: 1, message: 3, thread: 1, role: 1, jd: 1, input: 1, cursor: 1 });
        expect(await store.getCursor(cursorScope)).toBeNull();
        expect(await store.lastReview('test', 'u1', 'c1')).toBeNull();
        expect(await store.reviewForMessage('test', 'c1', 'm2')).toBeNull();
        expect(await store.getJobDescription('test', 'u1', 'c1')).toBeNull();
        expect(await store.getLastInput('test', 'u1', 'c1')).toBeNull();
        expect(await store.getRole('test', 'u1')).toBeNull();
        expect(await store.lastReview('test', 'u2', 'c2')).not.toBeNull();
        expect(await store.forgetUser('test', 'u1')).toEqual({
          review: 0,
          last: 0,
          message: 0,
          thread: 0,
          role: 0,
          jd: 0,
          input: 0,
          cursor: 0,
        });
        await store.forgetUser('test', 'u2');
      } finally {
        await store.close();
      }
    });

    it('de-duplicates event ids and counts checks in a sliding window', async () => {
      const store = new ConversationStore(await open(), { dedupeTtlMs: 60_000 });
      try {
        const id = randomUUID();
        expect(await store.claimEvent('test', id, 'a', 0, 30_000)).toBe('acquired');
        expect(await store.claimEvent('test', id, 'b', 0, 30_000)).toBe('held');
        const user = randomUUID();
        const t0 = 1_000_000;
        expect((await store.takeCheck('test', user, 2, 60_000, t0)).allowed).toBe(true);
        expect((await store.takeCheck('test', user, 2, 60_000, t0 + 10_000)).allowed).toBe(true);
        expect(await store.takeCheck('test', user, 2, 60_000, t0 + 20_000)).toEqual({
          allowed: false,
          retryAfterMs: 40_000,
          used: 2,
          slotId: null,
        });
        expect((await store.takeCheck('test', user, 2, 60_000, t0 + 60_001)).allowed).toBe(true);
        // The same check again (a takeover): allowed, not counted twice; its slot can still be given back.
        const other = randomUUID();
        const first = await store.takeCheck('test', other, 2, 60_000, t0, 'job-1');
        const again = await store.takeCheck('test', other, 2, 60_000, t0 + 5_000, 'job-1');
        expect([first.used, again.used, again.allowed, again.slotId]).toEqual([1, 1, true, first.slotId]);
        await store.releaseCheck('test', other, again.slotId ?? '');
        expect((await store.takeCheck('test', other, 2, 60_000, t0 + 6_000)).used).toBe(1);
      } finally {
        await store.close();
      }
    });

    it('expires resume data after the TTL', async () => {
      const store = new ConversationStore(await open(), { resumeTtlMs: 30 });
      try {
        await store.setJobDescription('test', 'u-ttl', 'c', 'short-lived');
        expect(await store.getJobDescription('test', 'u-ttl', 'c')).toBe('short-lived');
        const deadline = Date.now() + 80;
        while (Date.now() < deadline) await new Promise((r) => setImmediate(r));
        expect(await store.getJobDescription('test', 'u-ttl', 'c')).toBeNull();
      } finally {
        await store.close();
      }
    });
  });
}

storeContract('memory://', () => openStore('memory://'));
storeContract('sqlite://', () => openStore(`sqlite://${join(tmp, `contract-${randomUUID()}.sqlite`)}`));

const REDIS_URL = process.env.REDIS_URL;
describe.runIf(REDIS_URL)('redis store', () => {
  const namespace = `rc-test-${randomUUID()}`;
  afterAll(async () => {
    // Clean up every key this run wrote.
    const { createClient } = await import('@redis/client');
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 500 }))
      keys.push(...(Array.isArray(batch) ? batch : [batch]));
    if (keys.length > 0) await client.del(keys);
    const left: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 500 }))
      left.push(...(Array.isArray(batch) ? batch : [batch]));
    await client.quit();
    expect(left).toEqual([]);
  });
  storeContract('redis://', () => openStore(REDIS_URL ?? '', { namespace }));

  it('keys carry the namespace once ("ns:seen:…", not "ns::ns:seen:…")', async () => {
    const store = new ConversationStore(await openStore(REDIS_URL ?? '', { namespace }));
    const { createClient } = await import('@redis/client');
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    try {
      const id = randomUUID();
      await store.claimEvent('test', id, 'owner', Date.now(), 30_000);
      expect(await client.exists(`${namespace}:seen:test:${id}`)).toBe(1);
      const found: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: `*${id}*`, COUNT: 500 }))
        found.push(...(Array.isArray(batch) ? batch : [batch]).map(String));
      expect(found).toEqual([`${namespace}:seen:test:${id}`]);
    } finally {
      await client.quit();
      await store.close();
    }
  });

  it('claims an event for exactly one of many concurrent racers', async () => {
    const stores = await Promise.all(
      [1, 2, 3].map(async () => new ConversationStore(await openStore(REDIS_URL ?? '', { namespace }))),
    );
    try {
      const id = randomUUID();
      const wins = await Promise.all(
        stores.flatMap((s, i) => [0, 1].map((j) => s.claimEvent('test', id, `racer-${i}-${j}`, Date.now(), 30_000))),
      );
      expect(wins.filter((state) => state === 'acquired')).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('two engines (two bot processes) share reviews and the rate limit through Redis', async () => {
    const answers: FollowUpInput[] = [];
    const a = new ConversationStore(await openStore(REDIS_URL ?? '', { namespace }));
    const b = new ConversationStore(await openStore(REDIS_URL ?? '', { namespace }));
    try {
      const engineA = createEngine({
        store: a,
        commands: COMMANDS,
        analyzer: createFakeAnalyzer(),
        answerer: spyAnswerer(answers),
        config: { checksPerWindow: 1 },
      });
      const engineB = createEngine({
        store: b,
        commands: COMMANDS,
        analyzer: createFakeAnalyzer(),
        answerer: spyAnswerer(answers),
        config: { checksPerWindow: 1 },
      });
      const platform = new RecordingPlatform();
      const user = { id: `redis-user-${randomUUID()}` };
      await platform.deliver(engineA, { user, files: [fileFrom(new TextEncoder().encode(WEAK_TEXT), 'r.txt')] });
      const event = platform.event({ user, text: 'what should I fix first?' });
      await platform.deliver(engineB, event);
      expect(answers[0]?.report?.score).toBeGreaterThan(0);
      // The same event delivered to the other process is a duplicate.
      expect(await platform.deliver(engineA, event)).toEqual([]);
      const limited = await platform.deliver(engineB, { user, text: '/check' });
      expect(limited[0]?.message?.kind).toBe('error');
      await engineA.handle(platform.event({ user, text: '/forget' }), platform.channelFor(platform.event({ user })));
      expect(await b.lastReview('test', user.id, 'dm-u1')).toBeNull();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('sqlite store', () => {
  it('creates the directory of the file and keeps state across a restart', async () => {
    const path = join(tmp, 'nested', 'dir', 'state.sqlite');
    const answers: FollowUpInput[] = [];
    const first = new ConversationStore(await openStore(`sqlite://${path}`));
    const platform = new RecordingPlatform();
    await platform.deliver(
      createEngine({
        store: first,
        analyzer: createFakeAnalyzer(),
        answerer: spyAnswerer(answers),
        commands: COMMANDS,
      }),
      {
        files: [fileFrom(new TextEncoder().encode(WEAK_TEXT), 'r.txt')],
      },
    );
    await first.close();
    expect(existsSync(path)).toBe(true);

    const second = new ConversationStore(await openStore(`sqlite://${path}`));
    try {
      const engine = createEngine({
        store: second,
        analyzer: createFakeAnalyzer(),
        answerer: spyAnswerer(answers),
        commands: COMMANDS,
      });
      await platform.deliver(engine, { text: 'how do I quantify this' });
      expect(answers[0]?.report?.sections[2]?.kind).toBe('experience');
      const recheck = await platform.deliver(engine, { text: '/check' });
      expect(recheck.some((r) => r.message?.kind === 'summary')).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('reports a store it cannot open as a configuration problem', async () => {
    const notADir = join(tmp, 'plain-file');
    writeFileSync(notADir, 'x');
    await expect(openStore(`sqlite://${join(notADir, 'sub', 'state.sqlite')}`)).rejects.toMatchObject({
      code: 'misconfigured',
    });
    await expect(openStore('mysql://nope')).rejects.toMatchObject({ code: 'misconfigured' });
  });
});
