/**
 * A queue on the real Redis for tests that drive a real platform adapter: a store and queue under a unique
 * namespace and prefix (others share the Redis), bot and worker sides opened on demand, their outcomes
 * counted with waiters (no sleeps), and everything removed from Redis by `cleanup`.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Analyzer } from '../../../src/core/conversation/analyzer.js';
import { ConversationStore } from '../../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../../src/core/conversation/store/kv.js';
import { loadQueueConfig, type QueueConfig } from '../../../src/core/queue/config.js';
import { openQueueConnection } from '../../../src/core/queue/connection.js';
import { type ChannelDirectory, channelDirectory } from '../../../src/core/queue/directory.js';
import { type OpenedJobs, openJobs } from '../../../src/core/queue/open-jobs.js';

export const REDIS_URL = process.env.REDIS_URL;

export interface RedisQueue {
  store: ConversationStore;
  config: QueueConfig;
  /** What workers reported, in order ('answered', 'retry', …). */
  outcomes: string[];
  /** What producers reported ('enqueued' or 'duplicate'). */
  enqueued: string[];
  open(role: 'bot' | 'worker', directory?: ChannelDirectory): Promise<OpenedJobs>;
  /** Resolves once `count` outcomes other than 'retry' are in. */
  settled(count: number, timeoutMs?: number): Promise<string[]>;
  /** Waiting, delayed, prioritized and active jobs. */
  depth(): Promise<number>;
  cleanup(): Promise<void>;
}

export async function redisQueue(analyzer: Analyzer, env: Record<string, string> = {}): Promise<RedisQueue> {
  const url = REDIS_URL ?? '';
  if (url === '') throw new Error('REDIS_URL unset');
  const run = randomUUID().slice(0, 8);
  const store = new ConversationStore(await openStore(url, { namespace: `rc-test-${run}` }));
  const config = loadQueueConfig({
    QUEUE_URL: url,
    QUEUE_PREFIX: `rcq-test-${run}`,
    WORKERS: '0',
    QUEUE_BACKOFF_MS: '50',
    ...env,
  });
  const outcomes: string[] = [];
  const enqueued: string[] = [];
  const waiters = new Set<() => void>();
  const opened: OpenedJobs[] = [];
  const services = { store, analyzer, now: Date.now };
  const final = () => outcomes.filter((o) => o !== 'retry');
  const withQueue = async <T>(use: (q: Queue) => Promise<T>): Promise<T> => {
    const c = await openQueueConnection(url, 'rc-test-admin');
    const q = new Queue(config.name, { connection: c.connection, prefix: config.prefix });
    try {
      return await use(q);
    } finally {
      await q.close();
      await c.close();
    }
  };
  return {
    store,
    config,
    outcomes,
    enqueued,
    async open(role, directory = channelDirectory({})) {
      const jobs = await openJobs({
        config,
        services,
        directory,
        role,
        dedupeTtlMs: 60_000,
        hooks: {
          onOutcome: (o) => {
            outcomes.push(o);
            for (const w of [...waiters]) w();
          },
          onEnqueued: (o) => void enqueued.push(o),
        },
      });
      opened.push(jobs);
      return jobs;
    },
    settled(count, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          if (final().length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(final());
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${count} outcomes; got ${outcomes.join(', ') || 'none'}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    depth: () =>
      withQueue(async (q) => {
        const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(counts).reduce((a, b) => a + b, 0);
      }),
    async cleanup() {
      for (const jobs of opened.splice(0).reverse()) await jobs.close().catch(() => undefined);
      await withQueue((q) => q.obliterate({ force: true })).catch(() => undefined);
      const keys: string[] = [];
      for await (const [k] of store.raw.entries()) keys.push(k);
      await store.raw.delete(keys);
      await store.close();
    },
  };
}
