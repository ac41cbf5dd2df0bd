/**
 * The promise of the queue: a worker process killed with SIGKILL in the middle of a burst, then a fresh
 * one started, and still every acked check gets exactly one complete answer (no doubles, no losses, no
 * progress placeholder left up). Real Redis (skipped without REDIS_URL), real processes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeAnalyzer } from '../conversation/fake-analyzer.js';
import { WEAK_TEXT } from '../conversation/setup.js';
import { type FakePlatform, startFakePlatform } from './helpers/fake-platform.js';
import { type Deployment, deployment, REDIS_URL } from './helpers/harness.js';

const CHILD = join(import.meta.dirname, 'helpers', 'worker-child.ts');
const BURST = 40;
const LOCK_MS = '1000';

function startWorker(d: Deployment, platformUrl: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, REDIS_URL ?? '', d.namespace, d.config.prefix, platformUrl, '3', LOCK_MS],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    let err = '';
    child.stderr?.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.stdout?.on('data', (b: Buffer) => {
      if (b.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${err.slice(0, 500)}`)));
  });
}

describe.skipIf(!REDIS_URL)('kill -9 of a worker mid-burst', () => {
  let platform: FakePlatform;
  let d: Deployment;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    platform = await startFakePlatform({ latencyMs: 5 });
    d = await deployment(platform.url, { QUEUE_LOCK_MS: LOCK_MS });
  });
  afterEach(async () => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
    await d.cleanup();
    await platform.close();
  });

  it('every acked check is answered exactly once after a restart', { timeout: 90_000 }, async () => {
    const expected = (
      await createFakeAnalyzer().analyzeText(WEAK_TEXT, {
        fileName: null,
        role: null,
        jobDescription: null,
        limits: { maxBytes: 1e6, maxPages: 4, timeoutMs: 5000 },
      })
    ).document.messages.length;
    const { engine } = await d.bot();
    const first = await startWorker(d, platform.url);
    children.push(first);
    const events = Array.from({ length: BURST }, (_, i) => d.event(i));
    await Promise.all(events.map((e) => d.deliver(engine, e))); // every check acked (enqueued)
    await platform.until((posts) => posts.filter((p) => p.kind === 'summary').length >= 8);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const answeredAtKill = new Set(platform.posts.filter((p) => p.kind === 'summary').map((p) => p.conversationId))
      .size;
    children.push(await startWorker(d, platform.url));
    const complete = (id: string) =>
      platform.posts.filter((p) => p.conversationId === id && p.kind !== 'progress').length >= expected;
    await platform.until(() => events.every((e) => complete(e.conversation.id)));
    await platform.until(() => platform.posts.every((p) => p.kind !== 'progress' || p.removed));
    expect(answeredAtKill).toBeLessThan(BURST); // the kill really was mid-burst
    for (const e of events) {
      const posted = platform.posts.filter((p) => p.conversationId === e.conversation.id && p.kind !== 'progress');
      expect(posted.filter((p) => p.kind === 'summary')).toHaveLength(1);
      expect(posted).toHaveLength(expected);
    }
    expect(await d.depth()).toBe(0);
  });
});
