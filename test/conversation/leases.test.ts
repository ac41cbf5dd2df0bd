/**
 * The lease and sorted-index operations of every store backend, through two handles on one store (two
 * processes): memory, SQLite, and Redis when REDIS_URL is set (skipped otherwise). Expiry is judged by the
 * callers' clock, so the tests move time by passing `now`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedStores } from './helpers/shared-stores.js';

const tmp = mkdtempSync(join(tmpdir(), 'rc-lease-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LEASE = 30_000;
const KEEP = 60 * 60_000;

for (const { name, open, skip } of sharedStores(tmp)) {
  describe.skipIf(skip)(`leases on ${name}`, () => {
    it('one owner acquires; the other sees it held until it expires, then takes it over', async () => {
      const [a, b] = await open();
      try {
        const t = 1_000_000;
        expect(await a.acquireLease('k1', 'A', t, LEASE, KEEP)).toBe('acquired');
        expect(await b.acquireLease('k1', 'B', t + LEASE - 1, LEASE, KEEP)).toBe('held');
        expect(await a.acquireLease('k1', 'A', t + 1, LEASE, KEEP)).toBe('held');
        expect(await b.leaseState('k1', t + LEASE - 1)).toBe('held');
        expect(await b.leaseState('k1', t + LEASE)).toBe('free');
        expect(await b.acquireLease('k1', 'B', t + LEASE, LEASE, KEEP)).toBe('acquired');
        // A lost it: it can neither renew, settle nor release B's lease.
        expect(await a.renewLease('k1', 'A', t + LEASE, LEASE, KEEP)).toBe(false);
        expect(await a.settleLease('k1', 'A', KEEP)).toBe(false);
        await a.releaseLease('k1', 'A');
        expect(await a.leaseState('k1', t + LEASE + 1)).toBe('held');
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('renewal keeps a lease past its first expiry; settling makes it settled for good', async () => {
      const [a, b] = await open();
      try {
        const t = 2_000_000;
        expect(await a.acquireLease('k2', 'A', t, LEASE, KEEP)).toBe('acquired');
        expect(await a.renewLease('k2', 'A', t + 20_000, LEASE, KEEP)).toBe(true);
        expect(await a.renewLease('k2', 'A', t + 40_000, LEASE, KEEP)).toBe(true);
        expect(await b.acquireLease('k2', 'B', t + 60_000, LEASE, KEEP)).toBe('held');
        expect(await a.settleLease('k2', 'A', KEEP)).toBe(true);
        expect(await b.acquireLease('k2', 'B', t + 10 * LEASE, LEASE, KEEP)).toBe('settled');
        expect(await b.leaseState('k2', t + 10 * LEASE)).toBe('settled');
        // Settled is not a lease: nobody renews or releases it.
        expect(await a.renewLease('k2', 'A', t, LEASE, KEEP)).toBe(false);
        await a.releaseLease('k2', 'A');
        expect(await b.leaseState('k2', t)).toBe('settled');
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('a released lease can be taken at once; a mark of the older layout (1) counts as settled', async () => {
      const [a, b] = await open();
      try {
        const t = 3_000_000;
        expect(await a.acquireLease('k3', 'A', t, LEASE, KEEP)).toBe('acquired');
        await b.releaseLease('k3', 'B');
        expect(await b.acquireLease('k3', 'B', t, LEASE, KEEP)).toBe('held');
        await a.releaseLease('k3', 'A');
        expect(await b.leaseState('k3', t)).toBe('free');
        expect(await b.acquireLease('k3', 'B', t, LEASE, KEEP)).toBe('acquired');
        await a.set('k4', 1, KEEP);
        expect(await b.acquireLease('k4', 'B', t, LEASE, KEEP)).toBe('settled');
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('of many racers on two handles, exactly one acquires', async () => {
      const [a, b] = await open();
      try {
        const states = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).acquireLease('k5', `R${i}`, 1, LEASE, KEEP)),
        );
        expect(states.filter((s) => s === 'acquired')).toHaveLength(1);
        expect(states.filter((s) => s === 'held')).toHaveLength(9);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('a sorted index reads the lowest scores up to a bound, at most a limit, across handles', async () => {
      const [a, b] = await open();
      try {
        await a.setScore('ix', '7', 700);
        await b.setScore('ix', '5', 500);
        await a.setScore('ix', '9', 900);
        await b.setScore('ix', '6', 600);
        await a.setScore('ix', '6', 950); // moved past the bound
        expect(await b.scoredUpTo('ix', 900, 2)).toEqual([
          { member: '5', score: 500 },
          { member: '7', score: 700 },
        ]);
        expect((await b.scoredUpTo('ix', 900, 10)).map((m) => m.member)).toEqual(['5', '7', '9']);
        await b.removeScored('ix', ['5', '9']);
        expect(await a.scoredUpTo('ix', 1000, 10)).toEqual([
          { member: '7', score: 700 },
          { member: '6', score: 950 },
        ]);
        expect(await a.scoredUpTo('other', 1000, 10)).toEqual([]);
        await a.removeScored('ix', ['7', '6']);
        expect(await b.scoredUpTo('ix', 1000, 10)).toEqual([]);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
