/**
 * Telegram channels reopened by address (queue workers, a restarted bot): an Api client with the same
 * auto-retry as the bot's, and no polling or webhook. The address is the channel's ChannelPlace.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Api } from 'grammy';
import { z } from 'zod';
import type { Logger } from '../../core/log.js';
import type { ChannelOutlet } from '../contract.js';
import { PartAliases } from './aliases.js';
import { TelegramReplyChannel } from './channel.js';
import type { TelegramConfig } from './config.js';

const placeSchema = z.object({
  chatId: z.number().int(),
  isDm: z.boolean(),
  topicId: z.number().int().nullable(),
  replyTo: z.number().int().nullable(),
  userId: z.number().int(),
});

export async function telegramOutlet(options: {
  config: Pick<TelegramConfig, 'token' | 'apiRoot'>;
  log: Logger;
  apiTimeoutSeconds?: number;
}): Promise<ChannelOutlet> {
  const { config, log, apiTimeoutSeconds = 60 } = options;
  const api = new Api(config.token, { apiRoot: config.apiRoot, timeoutSeconds: apiTimeoutSeconds });
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));
  const me = await api.getMe();
  const aliases = new PartAliases();
  const timers = new Set<NodeJS.Timeout>();
  return {
    open(place) {
      const parsed = placeSchema.safeParse(place);
      if (!parsed.success) return null;
      return new TelegramReplyChannel(parsed.data, { api, log, aliases, botUsername: me.username, timers });
    },
    async close() {
      for (const timer of timers) clearInterval(timer);
      timers.clear();
    },
  };
}
