/**
 * Long polling confirms an update only after its handler finished (its check enqueued): a process that
 * dies while the handler is still working (downloading the file) leaves the update with Telegram, and
 * the restarted process gets it again. Real grammY + runner against the fake Bot API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramRuntime, type TelegramRuntime } from '../../src/adapters/telegram/runtime.js';
import type { Engine } from '../../src/core/conversation/types.js';
import { BOT_TOKEN, FakeTelegram } from './helpers/fake-telegram.js';
import { gatedEngine } from './helpers/gated-engine.js';
import { silentLog } from './helpers/harness.js';
import { ALICE, BOB, asUpdate, dmChat, textMessage } from './helpers/updates.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

function runtimeOn(fake: FakeTelegram, engine: Engine): TelegramRuntime {
  const runtime = createTelegramRuntime({
    engine,
    log: silentLog,
    config: { token: BOT_TOKEN, apiRoot: fake.apiRoot, webhook: null, pollTimeoutSeconds: 30 },
    retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 },
    apiTimeoutSeconds: 10,
  });
  cleanups.push(() => runtime.stop());
  return runtime;
}

const offsets = (fake: FakeTelegram) => fake.callsOf('getUpdates').map((p) => Number(p.offset ?? 0));

describe('Telegram long polling: an update is confirmed once handled', () => {
  it('a crash while a check is being accepted leaves it with Telegram; the restart answers it', async () => {
    const fake = await new FakeTelegram(BOT_TOKEN).start();
    cleanups.push(() => fake.close());
    const first = gatedEngine((e) => e.user.id === String(ALICE.id));
    const dying = runtimeOn(fake, first.engine);
    await dying.start();

    const slow = fake.push(asUpdate(textMessage(dmChat(ALICE), ALICE, '/help')));
    await fake.waitFor(() => first.seen.includes(`tg:${slow.update_id}`), 'the slow update in hand');
    // Other chats keep flowing while it is in hand.
    const quick = fake.push(asUpdate(textMessage(dmChat(BOB), BOB, '/help')));
    await fake.waitFor(() => first.seen.includes(`tg:${quick.update_id}`), 'the next update handled');
    const handledAt = offsets(fake).length;
    await fake.waitFor(() => offsets(fake).length >= handledAt + 2, 'two more polls');
    // Never confirmed past the update still in hand.
    expect(Math.max(...offsets(fake))).toBeLessThanOrEqual(slow.update_id);

    // The process dies with the handler still working (its poll cut, nothing confirmed); a new one polls.
    await dying.stop();
    expect(Math.max(...offsets(fake))).toBeLessThanOrEqual(slow.update_id);
    const polls = offsets(fake).length;
    const second = gatedEngine(() => false);
    await runtimeOn(fake, second.engine).start();
    await fake.waitFor(() => second.seen.includes(`tg:${slow.update_id}`), 'the slow update redelivered');
    first.release();
    // Once handled, both are confirmed: the offset moves past them.
    await fake.waitFor(
      () =>
        offsets(fake)
          .slice(polls)
          .some((o) => o > quick.update_id),
      'the offset past both updates',
    );
  });

  it('stopping with nothing in hand confirms what was handled', async () => {
    const fake = await new FakeTelegram(BOT_TOKEN).start();
    cleanups.push(() => fake.close());
    const { engine, seen } = gatedEngine(() => false);
    const runtime = runtimeOn(fake, engine);
    await runtime.start();
    const update = fake.push(asUpdate(textMessage(dmChat(ALICE), ALICE, '/help')));
    await fake.waitFor(() => seen.includes(`tg:${update.update_id}`), 'handled');
    await runtime.stop();
    expect(offsets(fake).at(-1)).toBe(update.update_id + 1);
  });
});
