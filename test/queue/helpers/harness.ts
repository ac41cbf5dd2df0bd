/**
 * A queue deployment inside one test: a shared Redis store and queue (unique namespace and prefix per
 * run, since others use the same Redis), bot engines that enqueue, workers that answer on the fake
 * platform. Everything is removed from Redis by `cleanup`.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { COMMANDS } from '../../../src/commands/index.js';
import { createEngine, type EngineWithJobs } from '../../../src/core/conversation/engine.js';
import { ConversationStore } from '../../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../../src/core/conversation/store/kv.js';
import type { CoreEvent } from '../../../src/core/conversation/types.js';
import { loadQueueConfig, type QueueConfig } from '../../../src/core/queue/config.js';
import { openQueueConnection } from '../../../src/core/queue/connection.js';
import { channelDirectory } from '../../../src/core/queue/directory.js';
import { type JobsHooks, type OpenedJobs, openJobs } from '../../../src/core/queue/open-jobs.js';
import { createFakeAnalyzer } from '../../conversation/fake-analyzer.js';
import { WEAK_TEXT } from '../../conversation/setup.js';
import { fileFrom } from '../../helpers/recording-channel.js';
import { fakeOpener, httpChannel } from './http-channel.js';

export const REDIS_URL = process.env.REDIS_URL;

export interface Deployment {
  run: string;
  namespace: string;
  config: QueueConfig;
  store: ConversationStore;
  bot(options?: { workers?: number; hooks?: JobsHooks }): Promise<{ engine: EngineWithJobs; jobs: OpenedJobs }>;
  worker(options?: { concurrency?: number; hooks?: JobsHooks }): Promise<OpenedJobs>;
  event(i: number, text?: string): CoreEvent;
  /** Delivers an event to an engine with a channel on the fake platform; resolves at the ack. */
  deliver(engine: EngineWithJobs, event: CoreEvent): Promise<void>;
  /** Waiting + active + delayed jobs. */
  depth(): Promise<number>;
  cleanup(): Promise<void>;
}

export async function deployment(platformUrl: string, env: Record<string, string> = {}): Promise<Deployment> {
  if (!REDIS_URL) throw new Error('REDIS_URL unset');
  const run = randomUUID().slice(0, 8);
  const namespace = `rc-test-${run}`;
  const config = loadQueueConfig({
    QUEUE_URL: REDIS_URL,
    QUEUE_PREFIX: `rcq-test-${run}`,
    QUEUE_BACKOFF_MS: '50',
    QUEUE_LOCK_MS: '1500',
    ...env,
  });
  const store = new ConversationStore(await openStore(REDIS_URL, { namespace }), { resumeTtlMs: 3_600_000 });
  const opened: OpenedJobs[] = [];
  const services = { store, analyzer: createFakeAnalyzer(), now: Date.now };
  const directory = channelDirectory({ fake: fakeOpener(platformUrl) });
  const open = async (role: 'bot' | 'worker', cfg: QueueConfig, hooks?: JobsHooks) => {
    const jobs = await openJobs({
      config: cfg,
      services,
      directory,
      role,
      dedupeTtlMs: 60_000,
      ...(hooks ? { hooks } : {}),
    });
    opened.push(jobs);
    return jobs;
  };
  return {
    run,
    namespace,
    config,
    store,
    async bot(options = {}) {
      const jobs = await open('bot', { ...config, workers: options.workers ?? 0 }, options.hooks);
      const engine = createEngine({ store, analyzer: services.analyzer, jobs: jobs.runner, commands: COMMANDS });
      return { engine, jobs };
    },
    worker(options = {}) {
      return open('worker', { ...config, workerConcurrency: options.concurrency ?? 2 }, options.hooks);
    },
    event(i, text = WEAK_TEXT) {
      return {
        id: `ev-${run}-${i}`,
        platform: 'fake',
        user: { id: `u${i}`, name: null },
        conversation: { id: `dm-${i}`, kind: 'dm' },
        threadId: null,
        messageId: `um-${i}`,
        replyTo: null,
        text: '',
        files: [fileFrom(new TextEncoder().encode(text), 'resume.txt', 'text/plain')],
        addressed: true,
        command: null,
      };
    },
    deliver(engine, event) {
      return engine.handle(
        event,
        httpChannel(platformUrl, { conversationId: event.conversation.id, threadId: null, replyTo: event.messageId }),
      );
    },
    async depth() {
      const c = await openQueueConnection(REDIS_URL, 'rc-test-depth');
      const q = new Queue(config.name, { connection: c.connection, prefix: config.prefix });
      const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      await q.close();
      await c.close();
      return Object.values(counts).reduce((a, b) => a + b, 0);
    },
    async cleanup() {
      for (const jobs of opened.splice(0)) await jobs.close().catch(() => undefined);
      const c = await openQueueConnection(REDIS_URL, 'rc-test-cleanup');
      const q = new Queue(config.name, { connection: c.connection, prefix: config.prefix });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
      await c.close();
      const keys: string[] = [];
      for await (const [key] of store.raw.entries()) keys.push(key);
      await store.raw.delete(keys);
      await store.close();
    },
  };
}
