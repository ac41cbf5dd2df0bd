/**
 * An event is claimed (a lease renewed while its handler runs) and marked handled only when the handler
 * finished: two engines on one store (two bot processes: a shared memory map, one SQLite file, one Redis
 * when REDIS_URL is set) with one fake clock and renewal timers fired by hand.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import type { Analyzer } from '../../src/core/conversation/analyzer.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { type ClaimOutcome, eventClaims } from '../../src/core/conversation/event-claims.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { keys } from '../../src/core/conversation/store/keys.js';
import type { KeyValueStore } from '../../src/core/conversation/store/kv-types.js';
import { RecordingPlatform } from '../helpers/recording-channel.js';
import { createFakeAnalyzer } from './fake-analyzer.js';
import { manualRepeat } from '../helpers/manual-repeat.js';
import { sharedStores } from './helpers/shared-stores.js';
import { spyAnswerer, WEAK_TEXT } from './setup.js';

const tmp = mkdtempSync(join(tmpdir(), 'rc-claims-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LEASE = 30_000;
/** A pasted resume (long enough to be read as one). */
const RESUME = [
  WEAK_TEXT,
  ...Array.from({ length: 20 }, (_, i) => `• Served ${i + 10} customers a day at the counter`),
].join('\n');
/** Waits are on hooks, not time: a test that hangs fails fast. */
const FAST = { timeout: 10_000 };

/** The fake analyzer, held inside analyzeText while `hold` is set (a handler still working). */
function gatedAnalyzer() {
  const inner = createFakeAnalyzer();
  let hold = false;
  let entered: () => void = () => undefined;
  let release: () => void = () => undefined;
  const analyzer: Analyzer = {
    ...inner,
    async analyzeText(text, options) {
      if (hold) {
        entered();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      }
      return inner.analyzeText(text, options);
    },
  };
  return {
    analyzer,
    calls: inner.calls,
    /** Holds the next check; resolves once its handler is inside the analyzer. */
    holdNext(): Promise<void> {
      hold = true;
      return new Promise<void>((resolve) => {
        entered = resolve;
      });
    },
    release() {
      hold = false;
      release();
    },
  };
}

function processOn(kv: KeyValueStore, clock: { now: number }) {
  const store = new ConversationStore(kv);
  const gate = gatedAnalyzer();
  const timer = manualRepeat();
  const outcomes: ClaimOutcome[] = [];
  const engine = createEngine({
    store,
    analyzer: gate.analyzer,
    answerer: spyAnswerer([]),
    commands: COMMANDS,
    now: () => clock.now,
    repeat: timer.repeat,
    config: { eventLeaseMs: LEASE },
    onClaim: (outcome) => outcomes.push(outcome),
  });
  return { engine, gate, timer, store, outcomes };
}

const summaries = (platform: RecordingPlatform) =>
  platform.messages.filter((r) => r.message?.kind === 'summary').map((r) => r.message?.title);

for (const { name, open, skip } of sharedStores(tmp)) {
  describe.skipIf(skip)(`event claims, two processes on ${name}`, () => {
    it(
      'a redelivery while the handler runs is dropped, however long it runs; after it finished too',
      FAST,
      async () => {
        const [ka, kb] = await open();
        const clock = { now: 1_000_000 };
        const a = processOn(ka, clock);
        const b = processOn(kb, clock);
        const platform = new RecordingPlatform();
        const event = platform.event({ text: RESUME });
        try {
          const inside = a.gate.holdNext();
          const first = platform.deliver(a.engine, event);
          await inside;
          expect(a.timer.size).toBe(1);
          // Three lease lengths pass; A renews every 10 s, so its claim stays live throughout.
          for (let i = 0; i < 9; i += 1) {
            clock.now += LEASE / 3;
            await a.timer.tick();
            expect(await platform.deliver(b.engine, event)).toEqual([]);
          }
          expect(await kb.leaseState(keys.seen('test', event.id), clock.now)).toBe('held');
          a.gate.release();
          await first;
          expect(a.timer.size).toBe(0);
          expect(summaries(platform)).toHaveLength(1);
          // Handled: a redelivery a day later (within the handled mark's TTL) is dropped by either process.
          clock.now += 20 * 3_600_000;
          expect(await kb.leaseState(keys.seen('test', event.id), clock.now)).toBe('settled');
          expect(await platform.deliver(b.engine, event)).toEqual([]);
          expect(await platform.deliver(a.engine, event)).toEqual([]);
          expect(a.gate.calls.length + b.gate.calls.length).toBe(1);
          // What the metrics count: one handled, the rest dedupe hits.
          expect(a.outcomes).toEqual(['handled', 'settled']);
          expect(b.outcomes).toEqual([...Array.from({ length: 9 }, () => 'held'), 'settled']);
        } finally {
          a.gate.release();
          await ka.close();
          await kb.close();
        }
      },
    );

    it(
      'a process that dies mid-handler: its event is dropped while the lease runs, handled once after',
      FAST,
      async () => {
        const [ka, kb] = await open();
        const clock = { now: 5_000_000 };
        const a = processOn(ka, clock);
        const b = processOn(kb, clock);
        const platform = new RecordingPlatform();
        const event = platform.event({ text: RESUME });
        try {
          const inside = a.gate.holdNext();
          void platform.deliver(a.engine, event);
          await inside;
          // A dies: its timers never fire again and its handler never finishes.
          clock.now += LEASE - 1;
          expect(await platform.deliver(b.engine, event)).toEqual([]);
          clock.now += 1;
          const ops = (await platform.deliver(b.engine, event)).map((r) => r.op);
          expect(ops).toContain('progress');
          expect(summaries(platform)).toHaveLength(1);
          expect(b.gate.calls).toHaveLength(1);
          expect(await ka.leaseState(keys.seen('test', event.id), clock.now)).toBe('settled');
          // One more redelivery, to either process: dropped.
          expect(await platform.deliver(b.engine, event)).toEqual([]);
          expect(await platform.deliver(a.engine, event)).toEqual([]);
        } finally {
          await ka.close();
          await kb.close();
        }
      },
    );

    it('a takeover after a dead process counts the check once in the rate limit', FAST, async () => {
      const [ka, kb] = await open();
      const clock = { now: 7_000_000 };
      const a = processOn(ka, clock);
      const b = processOn(kb, clock);
      const platform = new RecordingPlatform();
      const event = platform.event({ text: RESUME, user: { id: 'u-rate', name: 'U' } });
      try {
        const inside = a.gate.holdNext();
        void platform.deliver(a.engine, event);
        await inside;
        // A took a rate-limit slot and died; B takes the event over once A's lease ran out.
        clock.now += LEASE;
        await platform.deliver(b.engine, event);
        expect(summaries(platform)).toHaveLength(1);
        // One check was run: the next one is the user's second in the window, not the third.
        const next = await b.store.takeCheck('test', 'u-rate', 100, 3_600_000, clock.now);
        expect(next.used).toBe(2);
      } finally {
        await ka.close();
        await kb.close();
      }
    });

    it('the same event reaching both processes at once is handled by one', FAST, async () => {
      const [ka, kb] = await open();
      const clock = { now: 9_000_000 };
      const a = processOn(ka, clock);
      const b = processOn(kb, clock);
      const platform = new RecordingPlatform();
      const events = Array.from({ length: 5 }, (_, i) =>
        platform.event({ text: RESUME, user: { id: `u${i}`, name: 'U' } }),
      );
      try {
        await Promise.all(events.flatMap((e) => [platform.deliver(a.engine, e), platform.deliver(b.engine, e)]));
        expect(summaries(platform)).toHaveLength(5);
        expect(a.gate.calls.length + b.gate.calls.length).toBe(5);
      } finally {
        await ka.close();
        await kb.close();
      }
    });
  });
}

describe('eventClaims', () => {
  it('a handler that throws gives its claim back: the next delivery is handled at once', FAST, async () => {
    const [kv] = await sharedStores(tmp)[0]!.open();
    const store = new ConversationStore(kv);
    const timer = manualRepeat();
    const claimed = eventClaims({ store, now: () => 1, leaseMs: LEASE, repeat: timer.repeat });
    await expect(
      claimed('test', 'boom', async () => {
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(timer.size).toBe(0);
    expect(await kv.leaseState(keys.seen('test', 'boom'), 1)).toBe('free');
    let ran = 0;
    const handler = async () => {
      ran += 1;
    };
    expect(await claimed('test', 'boom', handler)).toBe('handled');
    expect(await claimed('test', 'boom', handler)).toBe('settled');
    expect(ran).toBe(1);
  });
});
