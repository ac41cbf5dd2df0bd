/**
 * Starting and stopping the Telegram bot: long polling (./polling.ts, on @grammyjs/runner) by default, or a webhook
 * listener when TELEGRAM_WEBHOOK_URL is set. Commands are registered with setMyCommands at start.
 */
import type { RunnerHandle } from '@grammyjs/runner';
import type { KeyValueStore } from '../../core/conversation/store/kv-types.js';
import type { PlatformRuntime } from '../../core/conversation/types.js';
import { createTelegramBot, type CreateTelegramBotOptions } from './bot.js';
import { toBotCommands } from './commands.js';
import type { TelegramConfig } from './config.js';
import { safeErrorInfo } from './errors.js';
import { createTelegramInbox } from './inbox.js';
import { runConfirmedPolling } from './polling.js';
import { startWebhookServer, type WebhookServer } from './webhook.js';
import type { InboxClock } from './webhook-inbox.js';

/** Only messages are handled; asking for nothing else keeps traffic down. */
const ALLOWED_UPDATES = ['message'] as const;

export interface TelegramRuntime extends PlatformRuntime {
  /** The webhook listener's port once started (webhook mode only). */
  readonly webhookPort: number | null;
  /** Webhook mode with the store: resolves once every accepted update was handled (tests, diagnostics). */
  webhookSettled(): Promise<void>;
  /** Webhook mode with the store: one inbox sweep now (tests; a timer runs it otherwise). */
  sweepInbox(): Promise<number>;
}

export interface CreateTelegramRuntimeOptions extends Omit<CreateTelegramBotOptions, 'config'> {
  config: TelegramConfig;
  /** The shared store: in webhook mode each update is kept there from its 200 until handled (./inbox.ts). */
  kv?: KeyValueStore;
  /** The inbox's lease (default 30 s) and clock (tests: a fake clock and a manual timer). */
  inbox?: { leaseMs?: number; clock?: InboxClock };
}

export function createTelegramRuntime(options: CreateTelegramRuntimeOptions): TelegramRuntime {
  const { config, log, engine, kv } = options;
  // A long poll must end before the client gives up on it.
  const telegram = createTelegramBot({
    ...options,
    apiTimeoutSeconds: options.apiTimeoutSeconds ?? Math.max(60, config.pollTimeoutSeconds + 15),
  });
  const { bot } = telegram;
  let runner: RunnerHandle | null = null;
  let webhook: WebhookServer | null = null;
  let started: Promise<void> | null = null;
  let stopping = false;
  let reportFatal: (err: Error) => void = () => undefined;
  const fatal = new Promise<Error>((resolve) => {
    reportFatal = resolve;
  });

  async function registerCommands(): Promise<void> {
    try {
      await bot.api.setMyCommands(toBotCommands(engine.commands));
    } catch (err) {
      // A missing command menu is cosmetic: keep serving.
      log.warn({ err: safeErrorInfo(err) }, 'telegram: setMyCommands failed');
    }
  }

  async function start(): Promise<void> {
    stopping = false;
    await bot.init();
    await registerCommands();
    if (config.webhook) {
      const { url, secretToken, path, host, port } = config.webhook;
      const leaseMs = options.inbox?.leaseMs;
      const inbox = kv ? createTelegramInbox(kv, leaseMs === undefined ? {} : { leaseMs }) : undefined;
      const clock = options.inbox?.clock;
      webhook = await startWebhookServer({
        bot,
        secretToken,
        path,
        host,
        port,
        log,
        ...(inbox ? { inbox } : {}),
        ...(clock ? { inboxClock: clock } : {}),
      });
      await bot.api.setWebhook(url, { secret_token: secretToken, allowed_updates: ALLOWED_UPDATES });
      log.info({ mode: 'webhook', port: webhook.port, username: bot.botInfo.username }, 'telegram: started');
      return;
    }
    // One getUpdates consumer per token: a leftover webhook would make polling fail with 409.
    await bot.api.deleteWebhook();
    // The offset moves past an update only once its handler finished (its check is enqueued or answered).
    runner = runConfirmedPolling(bot, { timeoutSeconds: config.pollTimeoutSeconds, allowedUpdates: ALLOWED_UPDATES });
    // The runner retries network trouble itself; it gives up on 401 (bad token) and 409 (another poller).
    void runner.task()?.catch((err: unknown) => {
      log.fatal({ err: safeErrorInfo(err) }, 'telegram: polling stopped');
      if (!stopping) reportFatal(new Error('telegram: polling stopped (bad token, or another process polls it)'));
    });
    log.info({ mode: 'polling', username: bot.botInfo.username }, 'telegram: started');
  }

  return {
    platform: 'telegram',
    get webhookPort() {
      return webhook?.port ?? null;
    },
    fatal,
    webhookSettled: () => webhook?.settled() ?? Promise.resolve(),
    sweepInbox: () => webhook?.sweep() ?? Promise.resolve(0),
    connected: () => (config.webhook ? webhook !== null : runner?.isRunning() === true),
    start: () => {
      started ??= start();
      return started;
    },
    async stop() {
      stopping = true;
      telegram.clearTimers();
      if (runner?.isRunning()) await runner.stop();
      runner = null;
      await webhook?.close();
      webhook = null;
      started = null;
    },
  };
}
