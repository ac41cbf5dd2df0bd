/** Starts the fake Bot API and the real grammY runtime (long polling) around an engine. */
import { pino } from 'pino';
import type { Engine } from '../../../src/core/conversation/types.js';
import { createTelegramRuntime, type TelegramRuntime } from '../../../src/adapters/telegram/runtime.js';
import type { TelegramWebhookConfig } from '../../../src/adapters/telegram/config.js';
import { BOT_TOKEN, FakeTelegram } from './fake-telegram.js';

export const silentLog = pino({ level: 'silent' });

export interface Harness {
  fake: FakeTelegram;
  runtime: TelegramRuntime;
  stop(): Promise<void>;
}

export async function startHarness(
  engine: Engine,
  options: { webhook?: Omit<TelegramWebhookConfig, 'url'> & { url?: string } } = {},
): Promise<Harness> {
  const fake = await new FakeTelegram(BOT_TOKEN).start();
  const webhook = options.webhook ? { url: 'https://bot.example.test/telegram', ...options.webhook } : null;
  const runtime = createTelegramRuntime({
    engine,
    log: silentLog,
    config: { token: BOT_TOKEN, apiRoot: fake.apiRoot, webhook, pollTimeoutSeconds: 30 },
    retry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
    apiTimeoutSeconds: 10,
  });
  await runtime.start();
  return {
    fake,
    runtime,
    async stop() {
      await runtime.stop();
      await fake.close();
    },
  };
}
