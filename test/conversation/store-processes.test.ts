/**
 * Two real processes share one store (SQLite file always; Redis when REDIS_URL is set): concurrent saves
 * never lose an entry of the user's index, so a `/forget` afterwards leaves nothing of the user, one
 * running meanwhile never leaves a key it listed, and "seen" is won by exactly one process per event.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';

const tmp = mkdtempSync(join(tmpdir(), 'rc-procs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const WRITER = join(import.meta.dirname, 'helpers', 'store-writer.ts');
const COUNT = 40;

function writer(
  url: string,
  namespace: string,
  user: string,
  tag: string,
  onHalf: (go: () => void) => void,
): Promise<{ seenWins: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, url, namespace, user, String(COUNT), tag], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('half\n')) {
        out = out.slice(5);
        onHalf(() => child.stdin.end('go\n'));
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out.trim()) as { seenWins: number });
      else reject(new Error(`writer exited ${code}: ${err.slice(0, 500)}`));
    });
  });
}

function sharedStoreContract(name: string, url: () => string) {
  describe(`two processes on one ${name} store`, () => {
    it('forget removes every key of the user, including ones written concurrently; seen is won once', async () => {
      const namespace = `rc-procs-${randomUUID()}`;
      const user = `user-${randomUUID()}`;
      const store = new ConversationStore(await openStore(url(), { namespace }));
      try {
        const halted: (() => void)[] = [];
        const half = (go: () => void) => {
          halted.push(go);
        };
        const both = Promise.all([
          writer(url(), namespace, user, 'a', half),
          writer(url(), namespace, user, 'b', half),
        ]);
        let forgets = 0;
        // /forget while the other processes write (their first halves): the index never loses an entry.
        while (halted.length < 2) {
          await store.forgetUser('test', user);
          forgets += 1;
          await new Promise((r) => setImmediate(r));
        }
        // Both writers are paused: one more forget clears whatever their first halves left.
        await store.forgetUser('test', user);
        for (const go of halted) go();
        const [a, b] = await both;
        expect(a.seenWins + b.seenWins).toBe(COUNT);
        expect(forgets).toBeGreaterThan(0);

        // The namespace is this test's own: everything but the seen marks and the /forget mark (a time
        // under a hashed id, kept so checks accepted before it save nothing) is the user's.
        const userKeys = async () => {
          const found: string[] = [];
          for await (const [key] of store.raw.entries())
            if (!key.startsWith('seen:') && !key.startsWith('forgot:')) found.push(key);
          return found;
        };
        const before = await userKeys();
        const summary = await store.forgetUser('test', user);
        // Every key the writers left is listed in the index (none lost), so forget found them all.
        // The second halves: per check a review, last, thread, input and two message links; plus the index.
        expect(before.length).toBe(2 * (COUNT / 2) * 6 + 1);
        expect(summary.review + summary.last + summary.message + summary.thread + summary.input).toBe(
          before.length - 1,
        );
        expect(await userKeys()).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
}

sharedStoreContract('SQLite', () => `sqlite://${join(tmp, 'shared.sqlite')}`);
const REDIS_URL = process.env.REDIS_URL;
describe.runIf(REDIS_URL)('redis', () => {
  sharedStoreContract('Redis', () => REDIS_URL ?? '');
});
