/**
 * Discord channels reopened by address (queue workers, a restarted bot): a discord.js client that only
 * speaks REST (no gateway login), so a worker process posts exactly as the bot process would: the same
 * channel class, rendering, threads and nonces. The address is `discordAddress` (channel, guild, requester).
 */
import { Client, DiscordAPIError, RESTJSONErrorCodes, type ClientOptions } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../core/log.js';
import type { ChannelOutlet } from '../contract.js';
import type { DiscordConfig } from './config.js';
import { errorFacts } from './log-safe.js';
import { MessageReplyChannel } from './message-channel.js';
import { ProgressScope } from './progress.js';

const placeSchema = z.object({
  channelId: z.string().regex(/^\d+$/),
  guildId: z.string().regex(/^\d+$/).nullable(),
  requesterId: z.string().regex(/^\d+$/),
});

/** Gone for good (deleted channel, bot removed, user unknown): no retry can answer there. */
const GONE = new Set<number | string>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.MissingAccess,
]);

export async function discordOutlet(options: {
  config: Pick<DiscordConfig, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  log: Logger;
  /** Tests point `rest` at a fake server. */
  clientOptions?: Partial<ClientOptions>;
}): Promise<ChannelOutlet> {
  const { config, log, clientOptions = {} } = options;
  const client = new Client({
    intents: [],
    allowedMentions: { parse: [], repliedUser: false },
    ...clientOptions,
    rest: { api: config.DISCORD_API_URL, ...clientOptions.rest },
  });
  client.rest.setToken(config.DISCORD_TOKEN);
  return {
    async open(place) {
      const parsed = placeSchema.safeParse(place);
      if (!parsed.success) return null;
      const { channelId, guildId, requesterId } = parsed.data;
      try {
        // The guild first: discord.js builds threads and guild channels only for a guild it knows.
        if (guildId !== null) await client.guilds.fetch(guildId);
        const [channel, requester] = await Promise.all([
          client.channels.fetch(channelId),
          client.users.fetch(requesterId),
        ]);
        if (!channel?.isSendable()) return null;
        return new MessageReplyChannel({ channel, requester, scope: new ProgressScope(), log });
      } catch (err) {
        // Anything else (network, 5xx, 429) is thrown: the queue retries the job.
        if (err instanceof DiscordAPIError && GONE.has(err.code)) {
          log.info(errorFacts(err), 'discord: the channel of a queued check is gone');
          return null;
        }
        throw err;
      }
    },
    async close() {
      await client.destroy();
    },
  };
}
