/**
 * Slack channels reopened by address (queue workers, a restarted bot): a Web API client with the bot's
 * token and no receiver. The address is `slackAddress`.
 *
 * The client itself never retries: a 500 after Slack had posted would make it post again, and waiting out
 * a 429 pauses its whole queue (every user's checks). A failed call fails the job's attempt instead; the
 * queue retries it after the platform's retry-after, and the journal plus the posts' metadata markers
 * make the retry resume without doubling a message.
 */
import { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../core/log.js';
import type { ChannelOutlet } from '../contract.js';
import { webClientApi } from './api.js';
import { boltLogger } from './bolt-logger.js';
import { createReplyChannel } from './channel.js';
import type { SlackConfig } from './config.js';

const placeSchema = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  threadTs: z.string().nullable(),
  isDm: z.boolean(),
});

const DEFAULT_CLIENT = { retryConfig: { retries: 0 }, timeout: 20_000 };

export async function slackOutlet(options: {
  config: Pick<SlackConfig, 'botToken' | 'apiUrl'>;
  log: Logger;
  webClient?: { retryConfig?: webApi.RetryOptions; timeout?: number };
}): Promise<ChannelOutlet> {
  const { config, log, webClient = DEFAULT_CLIENT } = options;
  const client = new webApi.WebClient(config.botToken, {
    slackApiUrl: config.apiUrl,
    retryConfig: webClient.retryConfig ?? DEFAULT_CLIENT.retryConfig,
    timeout: webClient.timeout ?? DEFAULT_CLIENT.timeout,
    rejectRateLimitedCalls: true,
    logger: boltLogger(log),
  });
  const api = webClientApi(client);
  return {
    open(place) {
      const parsed = placeSchema.safeParse(place);
      if (!parsed.success) return null;
      return createReplyChannel({ ...parsed.data, privateOnly: false, respond: null }, { api, log });
    },
    async close() {},
  };
}
