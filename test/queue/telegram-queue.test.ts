/**
 * The real grammY adapter with the queue: the bot process only acks and enqueues (WORKERS=0), and a
 * separate worker answers by reopening each Telegram channel from its address with its own Api client.
 * The user sees exactly what the in-process path shows: the summary replying to the document, then each
 * section replying to the summary, once. Real Redis (skipped without REDIS_URL), fake Bot API on 127.0.0.1.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramOutlet } from '../../src/adapters/telegram/outbound.js';
import { renderTelegramMessage } from '../../src/adapters/telegram/render.js';
import { createTelegramRuntime } from '../../src/adapters/telegram/runtime.js';
import { COMMANDS } from '../../src/commands/index.js';
import { createEngine } from '../../src/core/conversation/engine.js';
import { ConversationStore } from '../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import { loadQueueConfig } from '../../src/core/queue/config.js';
import { openQueueConnection } from '../../src/core/queue/connection.js';
import { channelDirectory } from '../../src/core/queue/directory.js';
import { type OpenedJobs, openJobs, type JobsHooks } from '../../src/core/queue/open-jobs.js';
import { BOT_TOKEN, FakeTelegram } from '../telegram/helpers/fake-telegram.js';
import { silentLog } from '../telegram/helpers/harness.js';
import { createStubAnalyzer } from '../telegram/helpers/stub-analyzer.js';
import { ALICE, asUpdate, BOB, dmChat, documentMessage } from '../telegram/helpers/updates.js';

const REDIS_URL = process.env.REDIS_URL;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

describe.skipIf(!REDIS_URL)('Telegram through the queue', () => {
  it('a separate worker answers each DMed file once, threaded as in process', { timeout: 60_000 }, async () => {
    const url = REDIS_URL ?? '';
    const run = randomUUID().slice(0, 8);
    const fake = await new FakeTelegram(BOT_TOKEN).start();
    cleanups.push(() => fake.close());
    const store = new ConversationStore(await openStore(url, { namespace: `rc-test-${run}` }));
    cleanups.push(async () => {
      const keys: string[] = [];
      for await (const [k] of store.raw.entries()) keys.push(k);
      await store.raw.delete(keys);
      await store.close();
    });
    const config = loadQueueConfig({ QUEUE_URL: url, QUEUE_PREFIX: `rcq-test-${run}`, WORKERS: '0' });
    cleanups.push(async () => {
      const c = await openQueueConnection(url, 'rc-test-cleanup');
      const q = new Queue(config.name, { connection: c.connection, prefix: config.prefix });
      await q.obliterate({ force: true });
      await q.close();
      await c.close();
    });
    const analyzer = createStubAnalyzer();
    const services = { store, analyzer, now: Date.now };
    const outcomes: string[] = [];
    const enqueued: string[] = [];
    const hooks: JobsHooks = { onOutcome: (o) => void outcomes.push(o), onEnqueued: (o) => void enqueued.push(o) };
    const open = async (role: 'bot' | 'worker', directory = channelDirectory({})): Promise<OpenedJobs> => {
      const jobs = await openJobs({ config, services, directory, role, dedupeTtlMs: 60_000, hooks });
      cleanups.push(() => jobs.close());
      return jobs;
    };

    const bot = await open('bot');
    const engine = createEngine({ store, analyzer, jobs: bot.runner, commands: COMMANDS });
    const runtime = createTelegramRuntime({
      engine,
      log: silentLog,
      config: { token: BOT_TOKEN, apiRoot: fake.apiRoot, webhook: null, pollTimeoutSeconds: 30 },
      retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
      apiTimeoutSeconds: 10,
    });
    await runtime.start();
    cleanups.push(() => runtime.stop());
    const outlet = await telegramOutlet({ config: { token: BOT_TOKEN, apiRoot: fake.apiRoot }, log: silentLog });
    cleanups.push(() => outlet.close());
    await open('worker', channelDirectory({ telegram: outlet.open }));

    const expected = (
      await analyzer.analyzeFile(PDF, {
        fileName: 'resume.pdf',
        role: null,
        jobDescription: null,
        limits: { maxBytes: 5_000_000, maxPages: 4, timeoutMs: 5000 },
      })
    ).document.messages.flatMap((m) => renderTelegramMessage(m));
    const docs = [ALICE, BOB].map((user) => {
      const doc = documentMessage(dmChat(user), user, { fileId: fake.addFile(PDF), size: PDF.byteLength });
      fake.push(asUpdate(doc));
      return { user, doc };
    });
    await fake.waitFor(() => outcomes.length >= docs.length, 'both checks answered', 30_000);
    expect(outcomes).toEqual(['answered', 'answered']);
    expect(enqueued).toEqual(['enqueued', 'enqueued']); // through the queue, not the in-process fallback
    for (const { user, doc } of docs) {
      const sent = fake.sent(user.id);
      expect(sent.map((m) => m.text)).toEqual(expected);
      const summary = sent[0];
      expect(summary?.reply_parameters?.message_id).toBe(doc.message_id);
      expect(sent.slice(1).every((m) => m.reply_parameters?.message_id === summary?.message_id)).toBe(true);
    }
    // The review is where a follow-up in the bot process looks for it.
    expect(await store.lastReview('telegram', String(ALICE.id), String(ALICE.id))).not.toBeNull();
  });
});
