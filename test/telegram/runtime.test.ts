/** Start/stop, typing indicators and the env entry point. */
import { describe, expect, it } from 'vitest';
import { Api } from 'grammy';
import { telegramAdapter } from '../../src/adapters/telegram/index.js';
import { PartAliases } from '../../src/adapters/telegram/aliases.js';
import { TelegramReplyChannel } from '../../src/adapters/telegram/channel.js';
import { createTestEngine } from './helpers/engine.js';
import { BOT_TOKEN, FakeTelegram } from './helpers/fake-telegram.js';
import { silentLog, startHarness } from './helpers/harness.js';
import { ALICE, FORUM, asUpdate, dmChat, textMessage } from './helpers/updates.js';

describe('Telegram runtime', () => {
  it('starts once, polls, and on stop ends its long poll', async () => {
    const engine = await createTestEngine();
    const h = await startHarness(engine);
    await h.runtime.start();
    expect(h.fake.callsOf('getMe')).toHaveLength(1);
    expect(h.fake.callsOf('deleteWebhook')).toHaveLength(1);
    const hello = textMessage(dmChat(ALICE), ALICE, '/help');
    h.fake.push(asUpdate(hello));
    await h.fake.waitFor(() => h.fake.sent(ALICE.id).length === 1, 'the help answer');
    await h.fake.waitFor(() => h.fake.pendingPolls === 1, 'the next long poll');
    await h.runtime.stop();
    // The runner aborts its long poll: the fake sees the connection go.
    await h.fake.waitFor(() => h.fake.pendingPolls === 0, 'the aborted poll');
    await h.fake.close();
    // Stopping twice is harmless, and nothing polls again.
    await h.runtime.stop();
    expect(h.fake.pendingPolls).toBe(0);
    expect(h.runtime.webhookPort).toBeNull();
  });

  it('the adapter reads its slice of the environment and returns a running runtime', async () => {
    const fake = await new FakeTelegram(BOT_TOKEN).start();
    const engine = await createTestEngine();
    const runtime = await telegramAdapter
      .configure({ TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: fake.apiRoot })
      .start({ engine, log: silentLog });
    try {
      expect(runtime.platform).toBe('telegram');
      const hello = textMessage(dmChat(ALICE), ALICE, '/help');
      fake.push(asUpdate(hello));
      await fake.waitFor(() => fake.sent(ALICE.id).length === 1, 'the help answer');
    } finally {
      await runtime.stop();
      await fake.close();
    }
  });

  it('repeats the typing action until done() and then clears its timer', async () => {
    const fake = await new FakeTelegram(BOT_TOKEN).start();
    try {
      const timers = new Set<NodeJS.Timeout>();
      const channel = new TelegramReplyChannel(
        { chatId: FORUM.id, isDm: false, topicId: 9, replyTo: null, userId: ALICE.id },
        {
          api: new Api(BOT_TOKEN, { apiRoot: fake.apiRoot }),
          log: silentLog,
          aliases: new PartAliases(),
          botUsername: 'resume_coach_bot',
          timers,
          typingRepeatMs: 20,
        },
      );
      expect(channel.ephemeral).toBe(false);
      const progress = await channel.progress('Reading');
      await fake.waitFor(() => fake.callsOf('sendChatAction').length >= 3, 'three typing actions');
      expect(timers.size).toBe(1);
      await progress.done();
      await progress.done();
      expect(timers.size).toBe(0);
      expect(
        fake
          .callsOf('sendChatAction')
          .every((c) => c.chat_id === FORUM.id && c.message_thread_id === 9 && c.action === 'typing'),
      ).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
