/**
 * The grammY bot: auto-retry on the API, update de-duplication, per-chat sequencing, and one handler that
 * turns each message into a CoreEvent + ReplyChannel for the engine. No polling or webhook here (runtime.ts).
 */
import { sequentialize } from '@grammyjs/runner';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from '../../core/log.js';
import type { Engine } from '../../core/conversation/types.js';
import { RecentIds } from '../shared/index.js';
import { PartAliases } from './aliases.js';
import { TelegramReplyChannel } from './channel.js';
import type { TelegramConfig } from './config.js';
import { safeErrorInfo } from './errors.js';
import { topicOf, toCoreEvent } from './event.js';
import { telegramFile } from './files.js';

interface RetryOptions {
  maxRetryAttempts?: number;
  maxDelaySeconds?: number;
}

export interface CreateTelegramBotOptions {
  engine: Engine;
  config: Pick<TelegramConfig, 'token' | 'apiRoot'>;
  log: Logger;
  /** Skips getMe (tests, or a cached identity). */
  botInfo?: UserFromGetMe;
  retry?: RetryOptions;
  /** Per API call time limit (grammY's client timeoutSeconds). */
  apiTimeoutSeconds?: number;
  typingRepeatMs?: number;
}

export interface TelegramBot {
  bot: Bot;
  /** Typing-indicator timers still running (cleared on stop). */
  timers: Set<NodeJS.Timeout>;
  /** Stops every running typing indicator. */
  clearTimers(): void;
}

/** auto-retry for everything but getUpdates: the runner retries polling itself, and must not sleep inside it. */
function retryExceptPolling(retry: Transformer): Transformer {
  return (prev, method, payload, signal) =>
    method === 'getUpdates' ? prev(method, payload, signal) : retry(prev, method, payload, signal);
}

export function createTelegramBot(options: CreateTelegramBotOptions): TelegramBot {
  const { engine, config, log, botInfo, retry = {}, apiTimeoutSeconds = 60, typingRepeatMs } = options;
  const { maxRetryAttempts = 3, maxDelaySeconds = 60 } = retry;
  const bot = new Bot(config.token, {
    client: { apiRoot: config.apiRoot, timeoutSeconds: apiTimeoutSeconds },
    ...(botInfo ? { botInfo } : {}),
  });
  // Network errors are rethrown rather than retried: auto-retry's network retry has no attempt limit.
  bot.api.config.use(retryExceptPolling(autoRetry({ maxRetryAttempts, maxDelaySeconds, rethrowHttpErrors: true })));

  const recent = new RecentIds();
  const aliases = new PartAliases();
  const timers = new Set<NodeJS.Timeout>();
  const knownCommands = new Set(engine.commands.map((spec) => spec.name));

  bot.use(async (ctx, next) => {
    if (!recent.firstSeen(ctx.update.update_id)) {
      log.info({ updateId: ctx.update.update_id }, 'telegram: duplicate update ignored');
      return;
    }
    await next();
  });
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));

  const guarded = bot.errorBoundary((err) => {
    log.error({ updateId: err.ctx.update.update_id, err: safeErrorInfo(err) }, 'telegram: update failed');
  });

  guarded.on('message', async (ctx) => {
    const message = ctx.message;
    const me = ctx.me;
    const event = toCoreEvent(ctx.update.update_id, message, {
      bot: { id: me.id, username: me.username },
      makeFile: (ref) => telegramFile({ api: ctx.api, token: config.token, apiRoot: config.apiRoot }, ref),
      resolveMessageId: (chatId, messageId) => aliases.resolve(chatId, messageId),
      knownCommands,
    });
    if (!event) return;
    const from = message.from;
    const channel = new TelegramReplyChannel(
      {
        chatId: message.chat.id,
        isDm: message.chat.type === 'private',
        topicId: topicOf(message),
        replyTo: message.message_id,
        userId: from?.id ?? message.chat.id,
      },
      { api: ctx.api, log, aliases, botUsername: me.username, timers, ...(typingRepeatMs ? { typingRepeatMs } : {}) },
    );
    log.debug(
      { updateId: ctx.update.update_id, chatType: message.chat.type, files: event.files.length },
      'telegram: message',
    );
    await engine.handle(event, channel);
  });

  bot.catch((err) => {
    log.error({ updateId: err.ctx.update.update_id, err: safeErrorInfo(err) }, 'telegram: unhandled error');
  });

  return {
    bot,
    timers,
    clearTimers: () => {
      for (const timer of timers) clearInterval(timer);
      timers.clear();
    },
  };
}
