/**
 * The webhook inbox's store side, two processes (two inboxes on two handles of one store: memory, SQLite,
 * Redis when REDIS_URL is set): records come due when their lease runs out, are taken over a bounded batch
 * at a time from the sorted index (the store is never scanned), and a record whose event another process's
 * engine still has in hand is kept for a later try.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTelegramInbox } from '../../src/adapters/telegram/inbox.js';
import { keys } from '../../src/core/conversation/store/keys.js';
import type { KeyValueStore } from '../../src/core/conversation/store/kv-types.js';
import { sharedStores } from '../conversation/helpers/shared-stores.js';

const tmp = mkdtempSync(join(tmpdir(), 'rc-inbox-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LEASE = 30_000;
const FAST = { timeout: 15_000 };

/** The store as the inbox sees it, with the full scan refused: the inbox must find its records by index. */
function noScan(kv: KeyValueStore): KeyValueStore {
  return {
    ...kv,
    entries() {
      throw new Error('the inbox scanned the store');
    },
  };
}

const update = (id: number) => ({ update_id: id, message: { from: { id: 42 }, text: `hello ${id}` } });

for (const { name, open, skip } of sharedStores(tmp)) {
  describe.skipIf(skip)(`Telegram inbox records on ${name}`, () => {
    it('come due when their lease ran out and are taken over a bounded batch at a time', FAST, async () => {
      const [ka, kb] = await open();
      const a = createTelegramInbox(noScan(ka), { leaseMs: LEASE });
      const b = createTelegramInbox(noScan(kb), { leaseMs: LEASE });
      try {
        const t = 1_000_000;
        const claims = [];
        for (let id = 1000; id < 1060; id += 1) claims.push(await a.accept(update(id), t));
        expect(claims.every((c) => c !== null)).toBe(true);
        // A resend of one A has in hand is not B's to handle.
        expect(await b.accept(update(1000), t + 1)).toBeNull();
        expect(await b.takeDue(t + LEASE - 1, 50)).toEqual([]);
        // A renews one of them; the rest come due (A died for them) and B takes them, 50 at most.
        expect(await a.renew(claims[59]!, t + LEASE - 1)).toBe(true);
        const first = await b.takeDue(t + LEASE, 50);
        expect(first).toHaveLength(50);
        expect(first.map((d) => d.update.update_id)).toEqual(Array.from({ length: 50 }, (_, i) => 1000 + i));
        const second = await b.takeDue(t + LEASE, 50);
        expect(second.map((d) => d.update.update_id)).toEqual(Array.from({ length: 9 }, (_, i) => 1050 + i));
        expect(await b.takeDue(t + LEASE, 50)).toEqual([]);
        // A lost the ones B took; it keeps the one it renewed.
        expect(await a.renew(claims[0]!, t + LEASE)).toBe(false);
        expect(await a.renew(claims[59]!, t + LEASE)).toBe(true);
        for (const { claim } of [...first, ...second]) expect(await b.finish(claim, t + LEASE)).toBe('deleted');
        expect(await a.finish(claims[59]!, t + LEASE)).toBe('deleted');
        expect(await ka.scoredUpTo('tg-inbox-due', Number.MAX_SAFE_INTEGER, 100)).toEqual([]);
        expect(await ka.get('tg-inbox:1059')).toBeUndefined();
      } finally {
        await ka.close();
        await kb.close();
      }
    });

    it("a record whose event another process's engine still has in hand is kept for a later try", FAST, async () => {
      const [ka, kb] = await open();
      const a = createTelegramInbox(ka, { leaseMs: LEASE });
      const b = createTelegramInbox(kb, { leaseMs: LEASE });
      try {
        const t = 5_000_000;
        const claim = await a.accept(update(2001), t);
        expect(claim).not.toBeNull();
        // Another process's engine claimed the event (its renewals run longer than A's inbox lease).
        await kb.acquireLease(keys.seen('telegram', 'tg:2001'), 'engine-b', t, 3 * LEASE, 60_000);
        expect(await a.finish(claim!, t + 10)).toBe('kept');
        expect(await ka.get('tg-inbox:2001')).toBeDefined();
        expect(await b.takeDue(t + LEASE, 10)).toEqual([]);
        const again = await b.takeDue(t + 10 + LEASE, 10);
        expect(again.map((d) => d.update.update_id)).toEqual([2001]);
        // That engine finished: the next try finds the event handled and the record goes.
        await kb.settleLease(keys.seen('telegram', 'tg:2001'), 'engine-b', 60_000);
        expect(await b.finish(again[0]!.claim, t + 20 + LEASE)).toBe('deleted');
        expect(await ka.get('tg-inbox:2001')).toBeUndefined();
      } finally {
        await ka.close();
        await kb.close();
      }
    });

    it('index entries without a record, and records of users who ran /forget since, go unread', FAST, async () => {
      const [ka, kb] = await open();
      const a = createTelegramInbox(ka, { leaseMs: LEASE });
      const b = createTelegramInbox(kb, { leaseMs: LEASE });
      try {
        const t = 9_000_000;
        await a.accept(update(3001), t);
        await a.accept(update(3002), t);
        await ka.setScore('tg-inbox-due', '3003', t); // a crash between the index and the record
        await ka.set(keys.forgotten('telegram', '42'), t + 1);
        expect(await b.takeDue(t + LEASE, 10)).toEqual([]);
        expect(await kb.get('tg-inbox:3001')).toBeUndefined();
        expect(await kb.scoredUpTo('tg-inbox-due', Number.MAX_SAFE_INTEGER, 10)).toEqual([]);
      } finally {
        await ka.close();
        await kb.close();
      }
    });
  });
}
