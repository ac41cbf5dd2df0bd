/**
 * The parts of a cut paste wait in the store, so two bot processes (two engines on one store: a shared
 * memory map, or two connections to one SQLite file) join a paste whose parts reached different processes,
 * and answer it once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import type { Schedule } from '../../src/core/conversation/long-pastes.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import type { FollowUpInput } from '../../src/core/conversation/followup.js';
import { RecordingPlatform } from '../helpers/recording-channel.js';
import { createFakeAnalyzer } from './fake-analyzer.js';
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

function cutResume(): string[] {
  const filler = Array.from({ length: 300 }, (_, i) => `• Served ${i + 10} customers a day at the counter`).join('\n');
  const text = `${WEAK_TEXT}\n${filler}`;
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += 4096) parts.push(text.slice(at, at + 4096));
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

const stores = {
  'a shared memory store': async () => {
    const map = new Map<string, unknown>();
    return [
      new ConversationStore(await openStore('memory://', { map })),
      new ConversationStore(await openStore('memory://', { map })),
    ] as const;
  },
  'one SQLite file, two connections': async () => {
    const url = `sqlite://${join(tmp, `${randomUUID()}.sqlite`)}`;
    return [new ConversationStore(await openStore(url)), new ConversationStore(await openStore(url))] as const;
  },
};

for (const [name, open] of Object.entries(stores)) {
  describe(`a cut paste across two processes (${name})`, () => {
    it('part 1 at one process, the closing part at the other: joined there and checked once', async () => {
      const [sa, sb] = await open();
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
      const [sa, sb] = await open();
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

    it('a part redelivered to the other process is dropped (the store remembers it was seen)', async () => {
      const [sa, sb] = await open();
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
  });
}

const scope = () => ({ platform: 'telegram', userId: 'u1', conversationId: 'dm-u1', threadId: null });
