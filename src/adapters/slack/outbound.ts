/**
 * Slack channels reopened by address (queue workers, a restarted bot): a Web API client and no receiver.
 * The address is `slackAddress`. With one workspace (SLACK_BOT_TOKEN) every channel uses that token; with
 * OAuth installs the address names its workspace and the token is that installation's, read from the
 * shared store when the channel is opened (an uninstalled workspace's channel fails to open).
 *
 * The client itself never retries: a 500 after Slack had posted would make it post again, and waiting out
 * a 429 pauses its whole queue (every user's checks). A failed call fails the job's attempt instead; the
 * queue retries it after the platform's retry-after, and the journal plus the posts' metadata markers
 * make the retry resume without doubling a message.
 */
import { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { KeyValueStore } from '../../core/conversation/store/kv-types.js';
import { CodedError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { ChannelOutlet } from '../contract.js';
import { webClientApi } from './api.js';
import { boltLogger } from './bolt-logger.js';
import { createReplyChannel } from './channel.js';
import type { SlackConfig } from './config.js';
import { kvInstallationStore, type SlackTeam } from './installations.js';

const placeSchema = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  threadTs: z.string().nullable(),
  isDm: z.boolean(),
  teamId: z.string().nullable().optional(),
  enterpriseId: z.string().nullable().optional(),
  orgInstall: z.boolean().optional(),
});

const DEFAULT_CLIENT = { retryConfig: { retries: 0 }, timeout: 20_000 };

export async function slackOutlet(options: {
  config: Pick<SlackConfig, 'botToken' | 'apiUrl' | 'oauth'>;
  log: Logger;
  /** Where OAuth installations are kept (required with config.oauth). */
  kv?: KeyValueStore;
  webClient?: { retryConfig?: webApi.RetryOptions; timeout?: number };
}): Promise<ChannelOutlet> {
  const { config, log, webClient = DEFAULT_CLIENT, kv } = options;
  const clientFor = (token: string) =>
    new webApi.WebClient(token, {
      slackApiUrl: config.apiUrl,
      retryConfig: webClient.retryConfig ?? DEFAULT_CLIENT.retryConfig,
      timeout: webClient.timeout ?? DEFAULT_CLIENT.timeout,
      rejectRateLimitedCalls: true,
      logger: boltLogger(log),
    });
  const single = config.botToken === null ? null : webClientApi(clientFor(config.botToken));
  if (config.oauth !== null && kv === undefined)
    throw new CodedError('misconfigured', 'Slack OAuth installs need the store (STORE_URL).');
  const installations =
    config.oauth !== null && kv !== undefined ? kvInstallationStore(kv, config.oauth.installationSecret) : null;

  async function apiFor(team: SlackTeam | null) {
    if (single !== null) return single;
    if (installations === null || team === null) return null;
    // One client per channel opened: a token rotated or revoked since is never reused from a cache.
    // Never installed, uninstalled since, or the store unreachable: no channel here (the queue retries, then gives up).
    const token = await installations.botToken(team).catch(() => null);
    return token === null ? null : webClientApi(clientFor(token));
  }

  return {
    async open(place) {
      const parsed = placeSchema.safeParse(place);
      if (!parsed.success) return null;
      const { teamId = null, enterpriseId = null, orgInstall = false, ...where } = parsed.data;
      const team =
        teamId === null && enterpriseId === null ? null : { teamId, enterpriseId, isEnterpriseInstall: orgInstall };
      const api = await apiFor(team);
      if (api === null) return null;
      return createReplyChannel({ ...where, team, privateOnly: false, respond: null }, { api, log });
    },
    async close() {},
  };
}
