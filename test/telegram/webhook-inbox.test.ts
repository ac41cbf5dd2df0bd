/**
 * Webhook mode with the store: an update is stored before the 200 and handled after it, so a process that
 * stops right after answering leaves it in the store and the next start answers it once. Real grammY
 * runtime against the fake Bot API; the requests are what Telegram posts to the webhook.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { createTelegramRuntime, type TelegramRuntime } from '../../src/adapters/telegram/runtime.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import type { KeyValueStore } from '../../src/core/conversation/store/kv-types.js';
import { keys } from '../../src/core/conversation/store/keys.js';
import type { Engine } from '../../src/core/conversation/types.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { createTestEngine } from './helpers/engine.js';
import { BOT_TOKEN, FakeTelegram } from './helpers/fake-telegram.js';
import { gatedEngine } from './helpers/gated-engine.js';
import { silentLog } from './helpers/harness.js';
import { ALICE, asUpdate, dmChat, documentMessage } from './helpers/updates.js';

const SECRET = 'inbox_secret-456';
const cleanups: (() => Promise<void>)[] = [];
let pdfBytes: Uint8Array;

beforeAll(async () => {
  pdfBytes = await makeTextPdf(WEAK_BACKEND_RESUME);
});

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

async function setup(): Promise<{ fake: FakeTelegram; kv: KeyValueStore }> {
  const fake = await new FakeTelegram(BOT_TOKEN).start();
  cleanups.push(() => fake.close());
  const kv = await openStore('memory://');
  cleanups.push(() => kv.close());
  return { fake, kv };
}

async function startOn(fake: FakeTelegram, kv: KeyValueStore, engine: Engine): Promise<TelegramRuntime> {
  const runtime = createTelegramRuntime({
    engine,
    log: silentLog,
    kv,
    config: {
      token: BOT_TOKEN,
      apiRoot: fake.apiRoot,
      pollTimeoutSeconds: 30,
      webhook: {
        url: 'https://bot.example.test/telegram',
        secretToken: SECRET,
        path: '/telegram/hook',
        host: '127.0.0.1',
        port: 0,
      },
    },
    retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 },
    apiTimeoutSeconds: 10,
  });
  cleanups.push(() => runtime.stop());
  await runtime.start();
  return runtime;
}

async function deliver(runtime: TelegramRuntime, update: unknown): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${runtime.webhookPort}/telegram/hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  return res.status;
}

async function inboxKeys(kv: KeyValueStore): Promise<string[]> {
  const found: string[] = [];
  for await (const [key] of kv.entries()) if (key.startsWith('tg-inbox:')) found.push(key);
  return found;
}

function checkUpdate(fake: FakeTelegram, updateId: number) {
  const doc = documentMessage(dmChat(ALICE), ALICE, { fileId: fake.addFile(pdfBytes), size: pdfBytes.byteLength });
  return { update_id: updateId, ...asUpdate(doc) };
}

const summaries = (fake: FakeTelegram) => fake.sent(ALICE.id).filter((m) => m.text.includes('Score 55/100'));

describe('Telegram webhook inbox: every acknowledged check answered exactly once', () => {
  it('a stop right after the 200 leaves the check in the store; the next start answers it once', async () => {
    const { fake, kv } = await setup();
    // The first process answers 200, then stops before its handler finished (held: never releases).
    const dying = gatedEngine(() => true);
    const first = await startOn(fake, kv, dying.engine);
    const update = checkUpdate(fake, 5001);
    expect(await deliver(first, update)).toBe(200);
    expect(await inboxKeys(kv)).toEqual(['tg-inbox:5001']);
    // As the real engine does before handling: the event is marked seen in the shared store.
    await kv.set(keys.seen('telegram', 'tg:5001'), 1);
    await first.stop();
    expect(fake.sent(ALICE.id)).toHaveLength(0);

    const engine = await createTestEngine(undefined, kv);
    const second = await startOn(fake, kv, engine);
    await fake.waitFor(() => summaries(fake).length > 0, 'the replayed check answered');
    await fake.waitFor(() => engine.events.length === 1, 'one event');
    // Telegram's resend of the same update after the restart is not answered again.
    expect(await deliver(second, update)).toBe(200);
    await second.webhookSettled();
    expect(await inboxKeys(kv)).toEqual([]);
    await second.stop();

    // A third start finds nothing to replay.
    const third = gatedEngine(() => false);
    await startOn(fake, kv, third.engine);
    expect(third.seen).toEqual([]);
    expect(engine.events.map((e) => e.id)).toEqual(['tg:5001']);
    expect(summaries(fake)).toHaveLength(1);
    expect(dying.seen).toEqual(['tg:5001']);
  });

  it('a resend while the update is in hand, or after it was handled, is answered once', async () => {
    const { fake, kv } = await setup();
    const engine = await createTestEngine();
    const runtime = await startOn(fake, kv, engine);
    const update = checkUpdate(fake, 6001);
    expect(await deliver(runtime, update)).toBe(200);
    expect(await deliver(runtime, update)).toBe(200);
    await fake.waitFor(() => summaries(fake).length > 0, 'the check answered');
    await runtime.webhookSettled();
    expect(await inboxKeys(kv)).toEqual([]);
    expect(await deliver(runtime, update)).toBe(200);
    await runtime.webhookSettled();
    expect(engine.events.map((e) => e.id)).toEqual(['tg:6001']);
    expect(summaries(fake)).toHaveLength(1);
  });

  it('a record of a user who ran /forget after it arrived is deleted without handling', async () => {
    const { fake, kv } = await setup();
    const dying = gatedEngine(() => true);
    const first = await startOn(fake, kv, dying.engine);
    expect(await deliver(first, checkUpdate(fake, 7001))).toBe(200);
    await first.stop();
    await kv.set(keys.forgotten('telegram', String(ALICE.id)), Date.now() + 1);
    const next = gatedEngine(() => false);
    await startOn(fake, kv, next.engine);
    expect(await inboxKeys(kv)).toEqual([]);
    expect(next.seen).toEqual([]);
  });

  it('answers 401 to a wrong secret and 400 to a body without update_id, storing nothing', async () => {
    const { fake, kv } = await setup();
    const runtime = await startOn(fake, kv, gatedEngine(() => false).engine);
    const res = await fetch(`http://127.0.0.1:${runtime.webhookPort}/telegram/hook`, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify(checkUpdate(fake, 8001)),
    });
    expect(res.status).toBe(401);
    expect(await deliver(runtime, { message: {} })).toBe(400);
    expect(await inboxKeys(kv)).toEqual([]);
  });
});
