/**
 * ReplyChannel for a slash command. The interaction is deferred on arrival (Discord allows 3 s); the first
 * public message replaces the "thinking…" placeholder (editReply), later ones are follow-ups. Private
 * messages are ephemeral follow-ups. Threads hang off the summary in guild text channels.
 */
import { MessageFlags, type ChatInputCommandInteraction, type Message } from 'discord.js';
import type { ChannelAddress, MessageRef, Progress, ReplyChannel } from '../../core/conversation/types.js';
import type { Logger } from '../../core/log.js';
import type { ReplyMessage } from '../../core/reply/types.js';
import { DEFAULT_UPLOAD_BYTES } from './limits.js';
import { discordAddress, MessageReplyChannel, refOf, startReviewThread } from './message-channel.js';
import { NO_PROGRESS, type ProgressScope } from './progress.js';
import { renderMessage, type DiscordMessagePayload } from './render.js';
import { errorFacts } from './log-safe.js';
import { postWithCard, type PayloadWithFiles } from './card.js';

/** Shown publicly in place of the placeholder when the answer itself is only for the requester. */
const PRIVATE_ANSWER_NOTE: ReplyMessage = {
  kind: 'notice',
  title: '',
  tone: 'info',
  blocks: [{ type: 'paragraph', text: 'I answered this one privately: only you can see my reply.' }],
};

export interface InteractionChannelOptions {
  interaction: ChatInputCommandInteraction;
  /** Whether the deferral was ephemeral (then everything this channel posts is). */
  ephemeral: boolean;
  scope: ProgressScope;
  log: Logger;
  typingRepeatMs?: number;
}

export class InteractionReplyChannel implements ReplyChannel {
  readonly maxDownloadBytes = DEFAULT_UPLOAD_BYTES;
  readonly ephemeral = true;
  private readonly interaction: ChatInputCommandInteraction;
  /** 'pending' while Discord still shows "thinking…" for the deferred reply. */
  private original: 'pending' | 'used' = 'pending';
  /** Sends are serialised so the placeholder is replaced exactly once and order is kept. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: InteractionChannelOptions) {
    this.interaction = options.interaction;
  }

  /**
   * A worker elsewhere answers in the command's channel with plain messages (the interaction's own token
   * never leaves this process, and its "thinking…" is removed by finish()). An ephemeral command has no
   * address: only this process can answer it privately.
   */
  get address(): ChannelAddress | undefined {
    if (this.options.ephemeral) return undefined;
    return discordAddress(
      { id: this.interaction.channelId, guildId: this.interaction.guildId },
      this.interaction.user.id,
    );
  }

  send(message: ReplyMessage, _options?: { replyTo?: string | null }): Promise<MessageRef> {
    return this.serialised(() => this.deliver(renderMessage(message), false, message)).then(refOf);
  }

  async sendPrivate(message: ReplyMessage): Promise<void> {
    await this.serialised(() => this.deliver(renderMessage(message), true));
  }

  async thread(on: MessageRef, title: string): Promise<ReplyChannel> {
    const channel =
      this.interaction.channel ?? (await this.interaction.client.channels.fetch(this.interaction.channelId));
    const thread = await startReviewThread(channel, on, title, this.options.log);
    if (!thread) return this;
    return new MessageReplyChannel({
      channel: thread,
      requester: this.interaction.user,
      scope: this.options.scope,
      log: this.options.log,
      typingRepeatMs: this.options.typingRepeatMs,
      privately: async (message) => refOf(await this.serialised(() => this.deliver(renderMessage(message), true))),
    });
  }

  /** The deferred reply already shows "thinking…"; there is nothing else to animate. */
  async progress(_text: string): Promise<Progress> {
    return NO_PROGRESS;
  }

  /** After the engine is done: never leave "thinking…" hanging if nothing public was said. */
  async finish(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.original !== 'pending') return;
    this.original = 'used';
    await this.interaction.deleteReply().catch((err: unknown) => {
      this.options.log.debug(errorFacts(err), 'discord: could not remove the deferred reply');
    });
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Posts the payloads (the first with the message's card, when it has one); returns the first message. */
  private async deliver(
    payloads: readonly DiscordMessagePayload[],
    privately: boolean,
    message: ReplyMessage | null = null,
  ): Promise<Message> {
    const ephemeral = privately || this.options.ephemeral;
    const [first] = await postWithCard(payloads, message?.card, this.options.log, (payload) =>
      this.deliverOne(payload, ephemeral),
    );
    if (!first) throw new Error('discord: nothing was sent');
    return first;
  }

  private async deliverOne(payload: PayloadWithFiles, ephemeral: boolean): Promise<Message> {
    if (this.original === 'pending' && ephemeral === this.options.ephemeral) {
      // The placeholder has the right visibility: it becomes this message.
      const sent = await this.interaction.editReply(payload);
      this.original = 'used';
      return sent;
    }
    if (this.original === 'pending') {
      // A public placeholder cannot turn ephemeral: settle it with a neutral note first.
      const [note] = renderMessage(PRIVATE_ANSWER_NOTE);
      if (note) await this.interaction.editReply(note);
      this.original = 'used';
    }
    return this.interaction.followUp({ ...payload, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}
