/**
 * The parts of a cut paste wait in the store, so two bot processes behind a balancer (two engines on one
 * store: a shared memory map, two connections to one SQLite file, two to one Redis when REDIS_URL is set)
 * join a paste whose parts reached different processes, and answer it once. Telegram cuts at 4,096
 * characters, Slack's client at 4,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import type { Schedule } from '../../src/core/conversation/long-pastes.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import type { KeyValueStore } from '../../src/core/conversation/store/kv-types.js';
import type { FollowUpInput } from '../../src/core/conversation/followup.js';
import { RecordingPlatform } from '../helpers/recording-channel.js';
import { createFakeAnalyzer } from './fake-analyzer.js';
import { sharedStores } from './helpers/shared-stores.js';
import { spyAnswerer, WEAK_TEXT } from './setup.js';

const tmp = mkdtempSync(join(tmpdir(), 'rc-paste-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Timers fired by hand, per process. */
function manualSchedule() {
  const pending: (() => void)[] = [];
  const schedule: Schedule = (fn) => {
    pending.push(fn);
    return () => {
      const i = pending.indexOf(fn);
      if (i >= 0) pending.splice(i, 1);
    };
  };
  const fire = () => {
    for (const fn of pending.splice(0)) fn();
  };
  return { schedule, fire, count: () => pending.length };
}

function cutResume(limit = 4096): string[] {
  const filler = Array.from({ length: 300 }, (_, i) => `• Served ${i + 10} customers a day at the counter`).join('\n');
  const text = `${WEAK_TEXT}\n${filler}`;
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += limit) parts.push(text.slice(at, at + limit));
  return parts;
}

function processOn(store: ConversationStore) {
  const analyzer = createFakeAnalyzer();
  const answers: FollowUpInput[] = [];
  const timer = manualSchedule();
  const engine = createEngine({
    store,
    analyzer,
    answerer: spyAnswerer(answers),
    commands: COMMANDS,
    schedule: timer.schedule,
  });
  return { engine, analyzer, timer };
}

async function open(pair: () => Promise<readonly [KeyValueStore, KeyValueStore]>) {
  const [a, b] = await pair();
  return [new ConversationStore(a), new ConversationStore(b)] as const;
}

for (const { name, open: pair, skip } of sharedStores(tmp)) {
  describe.skipIf(skip)(`a cut paste across two processes (${name})`, () => {
    it('part 1 at one process, the closing part at the other: joined there and checked once', async () => {
      const [sa, sb] = await open(pair);
      const a = processOn(sa);
      const b = processOn(sb);
      const platform = new RecordingPlatform();
      const parts = cutResume();
      expect(parts.length).toBeGreaterThan(2);
      // The parts alternate between the processes; the last, shorter one reaches A.
      const outs: string[][] = [];
      for (const [i, text] of parts.entries()) {
        const to = (parts.length - 1 - i) % 2 === 0 ? a : b;
        outs.push((await platform.deliver(to.engine, { platform: 'telegram', text })).map((r) => r.op));
      }
      expect(outs.slice(0, -1).every((ops) => ops.length === 0)).toBe(true);
      expect(outs.at(-1)).toContain('progress');
      expect(a.analyzer.calls.length + b.analyzer.calls.length).toBe(1);
      expect(a.analyzer.calls).toHaveLength(1);
      // The check read the whole paste, in order.
      expect(await sa.getLastInput('telegram', 'u1', 'dm-u1')).toMatchObject({ kind: 'text', text: parts.join('\n') });
      // Nothing is left for a window timer to join (B's timer then finds an empty list and stands down).
      expect(await sb.pasteParts(scope())).toEqual([]);
      expect(b.timer.count()).toBe(1);
      await sa.close();
      await sb.close();
    });

    it('without a closing part, only the process that got the latest part joins when its window passes', async () => {
      const [sa, sb] = await open(pair);
      const a = processOn(sa);
      const b = processOn(sb);
      const platform = new RecordingPlatform();
      const [p1, p2] = cutResume();
      await platform.deliver(a.engine, { platform: 'telegram', text: p1! });
      await platform.deliver(b.engine, { platform: 'telegram', text: p2! });
      a.timer.fire(); // A's window ran out first, but B holds a later part: A stands down
      await expect.poll(async () => (await sa.pasteParts(scope())).length).toBe(2);
      expect(a.analyzer.calls).toHaveLength(0);
      b.timer.fire();
      await expect.poll(() => b.analyzer.calls.length).toBe(1);
      expect(a.analyzer.calls).toHaveLength(0);
      expect(await sb.pasteParts(scope())).toEqual([]);
      await sa.close();
      await sb.close();
    });

    it('a part redelivered to the other process is dropped (its claim in the store is settled)', async () => {
      const [sa, sb] = await open(pair);
      const a = processOn(sa);
      const b = processOn(sb);
      const platform = new RecordingPlatform();
      const parts = cutResume();
      const first = platform.event({ platform: 'telegram', text: parts[0]! });
      await platform.deliver(a.engine, first);
      await platform.deliver(b.engine, first);
      expect(await sa.pasteParts(scope())).toHaveLength(1);
      for (const text of parts.slice(1)) await platform.deliver(b.engine, { platform: 'telegram', text });
      expect(b.analyzer.calls).toHaveLength(1);
      expect(await sb.getLastInput('telegram', 'u1', 'dm-u1')).toMatchObject({ text: parts.join('\n') });
      await sa.close();
      await sb.close();
    });

    it('a Slack paste its client cut at 4,000 characters, parts at alternating processes: checked once', async () => {
      const [sa, sb] = await open(pair);
      const a = processOn(sa);
      const b = processOn(sb);
      const platform = new RecordingPlatform();
      const parts = cutResume(4000);
      for (const [i, text] of parts.entries())
        await platform.deliver(i % 2 === 0 ? a.engine : b.engine, { platform: 'slack', text });
      expect(a.analyzer.calls.length + b.analyzer.calls.length).toBe(1);
      const owner = parts.length % 2 === 1 ? sa : sb;
      expect(await owner.getLastInput('slack', 'u1', 'dm-u1')).toMatchObject({ text: parts.join('\n') });
      await sa.close();
      await sb.close();
    });

    it('the process holding the latest part dies before its window ends: the next message closes the paste', async () => {
      const [sa, sb] = await open(pair);
      const a = processOn(sa);
      const b = processOn(sb);
      const platform = new RecordingPlatform();
      const [p1, p2] = cutResume();
      await platform.deliver(a.engine, { platform: 'telegram', text: p1! });
      await platform.deliver(a.engine, { platform: 'telegram', text: p2! });
      // A dies: its window timer never fires. The user asks what happened; B gets it and answers the paste.
      const ops = (await platform.deliver(b.engine, { platform: 'telegram', text: 'hello?' })).map((r) => r.op);
      expect(ops).toContain('progress');
      expect(b.analyzer.calls).toHaveLength(1);
      expect(a.analyzer.calls).toHaveLength(0);
      expect(await sb.pasteParts(scope())).toEqual([]);
      await sa.close();
      await sb.close();
    });
  });
}

const scope = () => ({ platform: 'telegram', userId: 'u1', conversationId: 'dm-u1', threadId: null });
