/**
 * Webhook mode with the store: an update is stored before the 200 and handled after it, under a lease the
 * handling process renews. A process that stops (or dies) leaves the record; once its lease ran out a
 * starting process, or a live peer's sweep, takes it over, and the engine's handled mark decides whether it
 * is answered (so a crash after the reply answers nothing twice). Real grammY runtime against the fake Bot
 * API; the requests are what Telegram posts to the webhook. One fake clock, each process's timers (claim
 * and lease renewals, inbox sweeps) fired by hand: a process whose timers are not fired is dead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { createTelegramRuntime, type TelegramRuntime } from '../../src/adapters/telegram/runtime.js';
import type { Analyzer } from '../../src/core/conversation/analyzer.js';
import { keys } from '../../src/core/conversation/store/keys.js';
import { openStore } from '../../src/core/conversation/store/kv.js';
import type { KeyValueStore } from '../../src/core/conversation/store/kv-types.js';
import { sharedStores, type OpenPair } from '../conversation/helpers/shared-stores.js';
import { manualRepeat } from '../helpers/manual-repeat.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { createTestEngine, type TestEngine } from './helpers/engine.js';
import { BOT_TOKEN, FakeTelegram } from './helpers/fake-telegram.js';
import { silentLog } from './helpers/harness.js';
import { createStubAnalyzer } from './helpers/stub-analyzer.js';
import { ALICE, asUpdate, dmChat, documentMessage } from './helpers/updates.js';

const tmp = mkdtempSync(join(tmpdir(), 'rc-tg-inbox-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SECRET = 'inbox_secret-456';
const LEASE = 30_000;
const FAST = { timeout: 15_000 };
const cleanups: (() => Promise<void>)[] = [];
let pdfBytes: Uint8Array;

beforeAll(async () => {
  pdfBytes = await makeTextPdf(WEAK_BACKEND_RESUME);
});

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

/** The fake Bot API and two handles on one store (two processes' connections); memory unless `pair`. */
async function setup(pair?: OpenPair) {
  const fake = await new FakeTelegram(BOT_TOKEN).start();
  cleanups.push(() => fake.close());
  const [kv, kv2] = pair ? await pair() : [await openStore('memory://')];
  cleanups.push(() => kv.close());
  if (kv2) cleanups.push(() => kv2.close());
  return { fake, kv, kv2: kv2 ?? kv, clock: { now: 1_000_000 } };
}

/** The stub analyzer, held inside analyzeFile when `hold` (a handler still working, or a process that hangs). */
function gatedAnalyzer(hold: boolean) {
  const inner = createStubAnalyzer();
  let entered: () => void = () => undefined;
  const inside = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const analyzer: Analyzer = {
    ...inner,
    async analyzeFile(bytes, options) {
      if (hold) {
        entered();
        await new Promise<void>(() => undefined);
      }
      return inner.analyzeFile(bytes, options);
    },
  };
  return { analyzer, inside };
}

interface BotProcess {
  runtime: TelegramRuntime;
  engine: TestEngine;
  /** Fires this process's timers: renewals of what it has in hand, and its inbox sweep. */
  tick(): Promise<void>;
  inside: Promise<void>;
}

async function startProcess(
  fake: FakeTelegram,
  kv: KeyValueStore,
  clock: { now: number },
  options: { hold?: boolean; kv?: KeyValueStore } = {},
): Promise<BotProcess> {
  const timer = manualRepeat();
  const now = () => clock.now;
  const gate = gatedAnalyzer(options.hold ?? false);
  const engine = await createTestEngine(gate.analyzer, kv, {
    now,
    repeat: timer.repeat,
    config: { eventLeaseMs: LEASE },
  });
  const runtime = createTelegramRuntime({
    engine,
    log: silentLog,
    kv: options.kv ?? kv,
    inbox: { leaseMs: LEASE, clock: { now, repeat: timer.repeat } },
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
  return { runtime, engine, tick: timer.tick, inside: gate.inside };
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

/** The inbox's records and leases, and the update ids in its index. */
async function inboxKeys(kv: KeyValueStore): Promise<string[]> {
  const found: string[] = [];
  for await (const [key] of kv.entries())
    if (key.startsWith('tg-inbox:') || key.startsWith('tg-inbox-lease:')) found.push(key);
  for (const { member } of await kv.scoredUpTo('tg-inbox-due', Number.MAX_SAFE_INTEGER, 100))
    found.push(`due ${member}`);
  return found.sort();
}

function checkUpdate(fake: FakeTelegram, updateId: number) {
  const doc = documentMessage(dmChat(ALICE), ALICE, { fileId: fake.addFile(pdfBytes), size: pdfBytes.byteLength });
  return { update_id: updateId, ...asUpdate(doc) };
}

const summaries = (fake: FakeTelegram) => fake.sent(ALICE.id).filter((m) => m.text.includes('Score 55/100'));

for (const { name, open, skip } of sharedStores(tmp)) {
  describe.skipIf(skip)(
    `Telegram webhook inbox, two processes on ${name}: every acknowledged check answered once`,
    () => {
      it(
        'a process that dies after the 200: a restart takes the update over once its lease ran out, answers once',
        FAST,
        async () => {
          const { fake, kv, kv2, clock } = await setup(open);
          const dying = await startProcess(fake, kv, clock, { hold: true });
          const update = checkUpdate(fake, 5001);
          expect(await deliver(dying.runtime, update)).toBe(200);
          await dying.inside;
          expect(await inboxKeys(kv)).toEqual(['due 5001', 'tg-inbox-lease:5001', 'tg-inbox:5001']);
          // Its engine has claimed the event; it dies (no more renewals) and its listener goes.
          expect(await kv.leaseState(keys.seen('telegram', 'tg:5001'), clock.now)).toBe('held');
          await dying.runtime.stop();

          // A restart within the lease takes nothing: the claim may still be live.
          clock.now += LEASE / 2;
          const next = await startProcess(fake, kv2, clock);
          expect(await next.runtime.sweepInbox()).toBe(0);
          clock.now += LEASE / 2;
          await next.tick();
          await fake.waitFor(() => summaries(fake).length > 0, 'the taken-over check answered');
          await next.runtime.webhookSettled();
          expect(await inboxKeys(kv)).toEqual([]);
          // Telegram's resend of the same update after the restart is not answered again.
          expect(await deliver(next.runtime, update)).toBe(200);
          await next.runtime.webhookSettled();
          expect(next.engine.events.map((e) => e.id)).toEqual(['tg:5001']);
          expect(summaries(fake)).toHaveLength(1);
          expect(await inboxKeys(kv)).toEqual([]);
        },
      );

      it(
        'a live peer takes over the update of a process that died, never while that one still renews',
        FAST,
        async () => {
          const { fake, kv, kv2, clock } = await setup(open);
          const a = await startProcess(fake, kv, clock, { hold: true });
          const b = await startProcess(fake, kv2, clock);
          expect(await deliver(a.runtime, checkUpdate(fake, 5101))).toBe(200);
          await a.inside;
          // Two leases pass with A alive (renewing every third of one): B's sweeps find nothing due.
          for (let i = 0; i < 6; i += 1) {
            clock.now += LEASE / 3;
            await a.tick();
            await b.tick();
          }
          expect(b.engine.events).toEqual([]);
          // A dies. One lease later B's sweep takes the update over and answers it once.
          clock.now += LEASE;
          await b.tick();
          await fake.waitFor(() => summaries(fake).length > 0, 'the peer answered');
          await b.runtime.webhookSettled();
          expect(b.engine.events.map((e) => e.id)).toEqual(['tg:5101']);
          expect(summaries(fake)).toHaveLength(1);
          expect(await inboxKeys(kv)).toEqual([]);
        },
      );

      it(
        'a crash after the reply was posted, before the record went: the replay answers nothing again',
        FAST,
        async () => {
          const { fake, kv, kv2, clock } = await setup(open);
          // The first process cannot delete inbox records: it stops (dies) right after the handler finished.
          const crashing: KeyValueStore = {
            ...kv,
            async delete(list) {
              if (list.some((k) => k.startsWith('tg-inbox'))) throw new Error('process died');
              await kv.delete(list);
            },
          };
          const first = await startProcess(fake, kv, clock, { kv: crashing });
          expect(await deliver(first.runtime, checkUpdate(fake, 5201))).toBe(200);
          await first.runtime.webhookSettled();
          expect(summaries(fake)).toHaveLength(1);
          expect(await inboxKeys(kv)).toContain('tg-inbox:5201');
          await first.runtime.stop();
          const sent = fake.sent(ALICE.id).length;

          clock.now += LEASE;
          const next = await startProcess(fake, kv2, clock);
          await next.runtime.webhookSettled();
          // The update was handed to the bot again; the engine's handled mark dropped it.
          expect(next.engine.events.map((e) => e.id)).toEqual(['tg:5201']);
          expect(summaries(fake)).toHaveLength(1);
          expect(fake.sent(ALICE.id)).toHaveLength(sent);
          expect(await inboxKeys(kv)).toEqual([]);
        },
      );
    },
  );
}

describe('Telegram webhook inbox, one process', () => {
  it('a resend while the update is in hand, or after it was handled, is answered once', FAST, async () => {
    const { fake, kv, clock } = await setup();
    const proc = await startProcess(fake, kv, clock);
    const update = checkUpdate(fake, 6001);
    expect(await deliver(proc.runtime, update)).toBe(200);
    expect(await deliver(proc.runtime, update)).toBe(200);
    await fake.waitFor(() => summaries(fake).length > 0, 'the check answered');
    await proc.runtime.webhookSettled();
    expect(await inboxKeys(kv)).toEqual([]);
    expect(await deliver(proc.runtime, update)).toBe(200);
    await proc.runtime.webhookSettled();
    expect(proc.engine.events.map((e) => e.id)).toEqual(['tg:6001']);
    expect(summaries(fake)).toHaveLength(1);
  });

  it('a record of a user who ran /forget after it arrived is deleted without handling', FAST, async () => {
    const { fake, kv, clock } = await setup();
    const first = await startProcess(fake, kv, clock, { hold: true });
    expect(await deliver(first.runtime, checkUpdate(fake, 7001))).toBe(200);
    await first.inside;
    await first.runtime.stop();
    await kv.set(keys.forgotten('telegram', String(ALICE.id)), clock.now + 1);
    clock.now += LEASE;
    const next = await startProcess(fake, kv, clock);
    expect(await inboxKeys(kv)).toEqual([]);
    expect(next.engine.events).toEqual([]);
  });

  it('answers 401 to a wrong secret and 400 to a body without update_id, storing nothing', FAST, async () => {
    const { fake, kv, clock } = await setup();
    const proc = await startProcess(fake, kv, clock);
    const res = await fetch(`http://127.0.0.1:${proc.runtime.webhookPort}/telegram/hook`, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify(checkUpdate(fake, 8001)),
    });
    expect(res.status).toBe(401);
    expect(await deliver(proc.runtime, { message: {} })).toBe(400);
    expect(await inboxKeys(kv)).toEqual([]);
  });
});
