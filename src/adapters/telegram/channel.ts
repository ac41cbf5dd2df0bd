/**
 * ReplyChannel for one Telegram update. Telegram has no threads outside forum topics, so a "thread" is a
 * reply chain: `thread(on)` returns a channel whose messages reply to `on`, staying in the same topic.
 */
import { InputFile, type Api } from 'grammy';
import type { Card } from '../../core/card/index.js';
import type { Logger } from '../../core/log.js';
import type { ChannelAddress, MessageRef, Progress, ReplyChannel } from '../../core/conversation/types.js';
import type { ReplyMessage } from '../../core/reply/types.js';
import { cardPicture, logCardFailure } from '../shared/card.js';
import type { PartAliases } from './aliases.js';
import { isCannotMessageUser, isEntityParseError, safeErrorInfo } from './errors.js';
import { htmlToPlainText } from './html.js';
import { TELEGRAM_LIMITS } from './limits.js';
import { renderTelegramMessage } from './render.js';

export interface ChannelPlace {
  chatId: number;
  /** The chat is the user's private chat with the bot. */
  isDm: boolean;
  /** Forum topic (message_thread_id) every message must carry; null outside topics. */
  topicId: number | null;
  /** What `send` replies to by default: the user's message, or the message a thread hangs off. */
  replyTo: number | null;
  /** The requester, for `sendPrivate`. */
  userId: number;
}

export interface ChannelDeps {
  api: Api;
  log: Logger;
  aliases: PartAliases;
  botUsername: string;
  /** Typing indicators still running; stop() of the runtime clears them. */
  timers?: Set<NodeJS.Timeout>;
  typingRepeatMs?: number;
  /** Upper bound for a typing indicator whose done() never comes. */
  typingMaxMs?: number;
}

function toMessageId(id: string | null | undefined): number | null {
  if (id === null || id === undefined) return null;
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export class TelegramReplyChannel implements ReplyChannel {
  readonly maxDownloadBytes = TELEGRAM_LIMITS.maxDownloadBytes;
  /** Telegram has no ephemeral messages: private replies go by DM. */
  readonly ephemeral = false;

  constructor(
    private readonly place: ChannelPlace,
    private readonly deps: ChannelDeps,
  ) {}

  /** Ids only: a queue worker reopens this channel with ./outbound.ts. */
  get address(): ChannelAddress {
    return { platform: 'telegram', place: { ...this.place } };
  }

  async send(message: ReplyMessage, options: { replyTo?: string | null } = {}): Promise<MessageRef> {
    const replyTo = options.replyTo === undefined ? this.place.replyTo : toMessageId(options.replyTo);
    const { chatId, topicId } = this.place;
    // The picture goes first; the text follows whether or not it could be posted.
    const photoId = message.card ? await this.sendCard(chatId, message.card, replyTo, topicId) : null;
    const ids = await this.post(chatId, renderTelegramMessage(message), replyTo, topicId);
    // A reply to the photo is a reply to the message it illustrates.
    if (photoId !== null && ids[0] !== undefined) this.deps.aliases.remember(chatId, photoId, ids[0]);
    return { messageId: String(ids[0]), threadId: this.place.topicId === null ? null : String(this.place.topicId) };
  }

  async thread(on: MessageRef, _title: string): Promise<ReplyChannel> {
    return new TelegramReplyChannel({ ...this.place, replyTo: toMessageId(on.messageId) }, this.deps);
  }

  async sendPrivate(message: ReplyMessage): Promise<void> {
    if (this.place.isDm) {
      await this.send(message);
      return;
    }
    try {
      await this.post(this.place.userId, renderTelegramMessage(message), null, null);
      return;
    } catch (err) {
      if (!isCannotMessageUser(err)) throw err;
      this.deps.log.info({ chatId: this.place.chatId }, 'telegram: cannot DM the user, answering in the group');
    }
    // Errors about the command are safe to show where the command was typed; anything else stays private.
    await this.send(message.kind === 'error' ? message : this.privateFallbackNotice());
  }

  async progress(_text: string): Promise<Progress> {
    const { typingRepeatMs = TELEGRAM_LIMITS.typingRepeatMs, typingMaxMs = 5 * 60_000, timers } = this.deps;
    const typing = (): Promise<void> =>
      this.deps.api
        .sendChatAction(
          this.place.chatId,
          'typing',
          this.place.topicId === null ? {} : { message_thread_id: this.place.topicId },
        )
        .then(
          () => undefined,
          (err: unknown) => this.deps.log.debug({ err: safeErrorInfo(err) }, 'telegram: typing failed'),
        );
    await typing();
    const startedAt = Date.now();
    let interval: NodeJS.Timeout | null = null;
    const stop = (): void => {
      if (interval === null) return;
      clearInterval(interval);
      timers?.delete(interval);
      interval = null;
    };
    interval = setInterval(() => {
      if (Date.now() - startedAt > typingMaxMs) stop();
      else void typing();
    }, typingRepeatMs);
    interval.unref();
    timers?.add(interval);
    return {
      update: async () => {
        if (interval !== null) await typing();
      },
      done: async () => stop(),
    };
  }

  private privateFallbackNotice(): ReplyMessage {
    return {
      kind: 'notice',
      title: 'I have a private message for you',
      tone: 'info',
      blocks: [
        {
          type: 'paragraph',
          text: `I can only write to you privately after you start a chat with me. Open @${this.deps.botUsername}, press Start, then ask again.`,
        },
      ],
      private: false,
    };
  }

  /** Sends the parts in order; later parts are remembered as belonging to the first. Returns the message ids. */
  private async post(
    chatId: number,
    parts: readonly string[],
    replyTo: number | null,
    topicId: number | null,
  ): Promise<number[]> {
    const ids: number[] = [];
    for (const html of parts) {
      const sent = await this.sendOne(chatId, html, replyTo, topicId);
      ids.push(sent);
      const first = ids[0];
      if (first !== undefined && sent !== first) this.deps.aliases.remember(chatId, sent, first);
    }
    return ids;
  }

  /**
   * sendPhoto with the card; the caption carries the picture's facts in words (Telegram photos have no
   * alt text). Resolves the photo's message id, or null (logged) when it could not be posted.
   */
  private async sendCard(chatId: number, card: Card, replyTo: number | null, topicId: number | null) {
    const picture = await cardPicture(card, this.deps.log, TELEGRAM_LIMITS.captionChars);
    if (!picture) return null;
    try {
      const sent = await this.deps.api.sendPhoto(chatId, new InputFile(picture.png, picture.fileName), {
        caption: picture.altText,
        ...(replyTo === null ? {} : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
        ...(topicId === null ? {} : { message_thread_id: topicId }),
      });
      return sent.message_id;
    } catch (err) {
      logCardFailure(this.deps.log, 'card-upload-failed', { platform: 'telegram', err: safeErrorInfo(err) });
      return null;
    }
  }

  private async sendOne(chatId: number, html: string, replyTo: number | null, topicId: number | null): Promise<number> {
    const common = {
      ...(replyTo === null ? {} : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
      ...(topicId === null ? {} : { message_thread_id: topicId }),
      link_preview_options: { is_disabled: true },
    };
    try {
      const sent = await this.deps.api.sendMessage(chatId, html, { ...common, parse_mode: 'HTML' });
      return sent.message_id;
    } catch (err) {
      if (!isEntityParseError(err)) throw err;
      this.deps.log.warn({ err: safeErrorInfo(err) }, 'telegram: HTML rejected, sending plain text');
      const sent = await this.deps.api.sendMessage(chatId, htmlToPlainText(html), common);
      return sent.message_id;
    }
  }
}
