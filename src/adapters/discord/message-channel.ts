/**
 * ReplyChannel for events that arrive as messages (DMs, mentions, follow-ups in the bot's threads):
 * posts with channel.send, threads with startThread, shows typing.
 */
import {
  ChannelType,
  DiscordAPIError,
  RESTJSONErrorCodes,
  ThreadAutoArchiveDuration,
  type AnyThreadChannel,
  type Channel,
  type Message,
  type SendableChannels,
  type User,
} from 'discord.js';
import type { ChannelAddress, MessageRef, Progress, ReplyChannel, SendOptions } from '../../core/conversation/types.js';
import type { Logger } from '../../core/log.js';
import type { ReplyMessage } from '../../core/reply/types.js';
import { DEFAULT_UPLOAD_BYTES, DISCORD_LIMITS, TYPING_REPEAT_MS } from './limits.js';
import { startTyping, type ProgressScope } from './progress.js';
import { renderMessage, type DiscordMessagePayload } from './render.js';
import { errorFacts } from './log-safe.js';
import { postWithCard } from './card.js';
import { nonceOptions } from './nonce.js';

function threadName(title: string): string {
  const name = title.replace(/\s+/g, ' ').trim() || 'Resume review';
  return name.length <= DISCORD_LIMITS.threadName ? name : `${name.slice(0, DISCORD_LIMITS.threadName - 1)}…`;
}

/**
 * Starts the review thread on `on` in a guild text or announcement channel. Null where there cannot be one
 * (a thread or forum post already, or a DM) or when Discord refuses (logged): the caller replies where it is.
 * A retried job finds the thread its earlier attempt started (a thread started from a message has that
 * message's id; Discord refuses a second one with 160004).
 */
export async function startReviewThread(
  channel: Channel | null,
  on: MessageRef,
  title: string,
  log: Logger,
): Promise<AnyThreadChannel | null> {
  if (!channel || (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement))
    return null;
  try {
    return await channel.threads.create({
      startMessage: on.messageId,
      name: threadName(title),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
  } catch (err) {
    if (err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage) {
      const existing = await channel.threads.fetch(on.messageId).catch(() => null);
      if (existing) return existing;
    }
    log.warn({ ...errorFacts(err), channelId: channel.id }, 'discord: could not start a thread; replying here');
    return null;
  }
}

/** Where a Discord channel is, as ids: what ./outbound.ts needs to post there from another process. */
export function discordAddress(channel: { id: string; guildId?: string | null }, requesterId: string): ChannelAddress {
  return {
    platform: 'discord',
    place: { channelId: channel.id, guildId: channel.guildId ?? null, requesterId },
  };
}

export function refOf(message: Message): MessageRef {
  // Webhook (interaction) messages may belong to a channel that is not cached.
  const channel = message.client.channels.cache.get(message.channelId);
  return { messageId: message.id, threadId: channel?.isThread() ? message.channelId : null };
}

export interface MessageChannelOptions {
  channel: SendableChannels;
  /** The user whose event this is: private messages go to them. */
  requester: User;
  scope: ProgressScope;
  log: Logger;
  /**
   * How private messages reach the requester (an interaction's ephemeral follow-ups); default: a DM.
   * Resolves null when it could not deliver, and the message goes to this channel instead.
   */
  privately?: (message: ReplyMessage) => Promise<MessageRef | null>;
  typingRepeatMs?: number;
}

/** Private messages (no picture: cards go with public reviews). */
async function sendPayloads(channel: SendableChannels, payloads: readonly DiscordMessagePayload[]): Promise<Message[]> {
  const sent: Message[] = [];
  for (const payload of payloads) sent.push(await channel.send(payload));
  return sent;
}

export class MessageReplyChannel implements ReplyChannel {
  readonly maxDownloadBytes = DEFAULT_UPLOAD_BYTES;
  /** Plain messages cannot be ephemeral: private replies go by DM (or through the interaction, see `privately`). */
  readonly ephemeral: boolean;
  private readonly channel: SendableChannels;

  constructor(private readonly options: MessageChannelOptions) {
    this.channel = options.channel;
    this.ephemeral = options.privately !== undefined;
  }

  /** Ids only: a queue worker reopens this channel with ./outbound.ts. */
  get address(): ChannelAddress {
    return discordAddress(this.channel, this.options.requester.id);
  }

  async send(message: ReplyMessage, { replyTo = null, idempotencyKey }: SendOptions = {}): Promise<MessageRef> {
    const reply = replyTo ? { reply: { messageReference: replyTo, failIfNotExists: false } } : {};
    const [first] = await postWithCard(
      renderMessage(message),
      message.card,
      this.options.log,
      (payload, i): Promise<Message> =>
        this.channel.send({ ...payload, ...(i === 0 ? reply : {}), ...nonceOptions(idempotencyKey, i) }),
    );
    if (!first) throw new Error('discord: nothing was sent');
    return refOf(first);
  }

  async thread(on: MessageRef, title: string): Promise<ReplyChannel> {
    const thread = await startReviewThread(this.channel, on, title, this.options.log);
    return thread ? new MessageReplyChannel({ ...this.options, channel: thread }) : this;
  }

  async sendPrivate(message: ReplyMessage): Promise<void> {
    if (!this.channel.isDMBased() && (await this.deliverPrivately(message))) return;
    await sendPayloads(this.channel, renderMessage(message));
  }

  progress(_text: string): Promise<Progress> {
    return startTyping(
      this.channel,
      this.options.scope,
      this.options.log,
      this.options.typingRepeatMs ?? TYPING_REPEAT_MS,
    );
  }

  /** Ephemeral or a DM to the requester; null when neither worked (e.g. they do not accept DMs). */
  private async deliverPrivately(message: ReplyMessage): Promise<MessageRef | null> {
    if (this.options.privately) return this.options.privately(message);
    try {
      const dm = await this.options.requester.createDM();
      const [first] = await sendPayloads(dm, renderMessage(message));
      return first ? refOf(first) : null;
    } catch (err) {
      this.options.log.info(
        { ...errorFacts(err), userId: this.options.requester.id },
        'discord: DM refused; answering in the channel',
      );
      return null;
    }
  }
}
