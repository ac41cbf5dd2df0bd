/**
 * The ReplyChannel for one Slack event: where replies go (channel, thread, ephemeral) and how they are
 * split and posted. Posting order matters (sections in document order), so parts are sent one by one,
 * each at most once (./post-once.ts: marked, and looked for before a retry).
 */
import { randomUUID } from 'node:crypto';
import type { ChannelAddress, MessageRef, Progress, ReplyChannel, SendOptions } from '../../core/conversation/types.js';
import type { ReplyMessage } from '../../core/reply/types.js';
import type { Logger } from '../../core/log.js';
import type { Card } from '../../core/card/index.js';
import { cardPicture, logCardFailure } from '../shared/card.js';
import { slackErrorCode, type SlackApi } from './api.js';
import type { SlackTeam } from './installations.js';
import { SLACK_LIMITS } from './limits.js';
import { NO_POST_RETRY, type PostRetry, postOnce } from './post-once.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderMessage, type SlackMessage } from './render.js';

export interface SlackTarget {
  channel: string;
  /** The requester (for ephemeral messages). */
  user: string;
  threadTs: string | null;
  /** A DM with the bot: nobody else can see it, so "private" messages are posted normally (and persist). */
  isDm: boolean;
  /** Nothing may be posted publicly: no progress message, every send ephemeral (see the event's `command.private`). */
  privateOnly: boolean;
  /** The slash command's response_url, used when the bot cannot post in the channel. */
  respond: ((message: SlackMessage) => Promise<void>) | null;
  /** The installation the channel belongs to (OAuth installs: a worker posts with that workspace's token). */
  team?: SlackTeam | null;
}

/** What of a target a worker elsewhere needs to post there (./outbound.ts): ids only, no response_url. */
export function slackAddress(target: SlackTarget): ChannelAddress {
  return {
    platform: 'slack',
    place: {
      channel: target.channel,
      user: target.user,
      threadTs: target.threadTs,
      isDm: target.isDm,
      ...(target.team
        ? {
            teamId: target.team.teamId,
            enterpriseId: target.team.enterpriseId,
            orgInstall: target.team.isEnterpriseInstall,
          }
        : {}),
    },
  };
}

export interface ChannelDeps {
  api: SlackApi;
  log: Logger;
  /** Called for every top-level message the bot posts in a channel (a thread may grow under it). */
  onTopLevelPost?: (channel: string, ts: string) => void;
  /** Retries of a failed post (./post-once.ts); none by default (queue workers retry the job instead). */
  postRetry?: PostRetry;
}

/** Errors meaning "the bot may not post here" (not invited, someone else's DM, archived). */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/** Slack has /check, and every other command under /resume (generic names clash with Slack's own). */
function slackCommandSyntax(name: string): string {
  return name === 'check' ? '/check' : `/resume ${name}`;
}

/** Slash commands carry no files on Slack. */
const SLACK_FILE_HINT =
  'Send me your resume as a PDF or DOCX file in a direct message (or paste its text). ' +
  'In a channel, run /check and upload the file in the thread I open.';

export function createReplyChannel(target: SlackTarget, deps: ChannelDeps): ReplyChannel {
  const { api, log, postRetry: retry = NO_POST_RETRY } = deps;
  // Once the bot learns it cannot post publicly here, it stops trying.
  let privateOnly = target.privateOnly;

  async function sendPrivateParts(parts: SlackMessage[]): Promise<void> {
    for (const part of parts) {
      try {
        await api.postEphemeral({
          channel: target.channel,
          user: target.user,
          threadTs: target.threadTs,
          message: part,
        });
      } catch (err) {
        if (target.respond === null) throw err;
        log.debug({ code: slackErrorCode(err) }, 'slack: ephemeral failed, using response_url');
        await target.respond(part);
      }
    }
  }

  /** Alt text on Slack images: at most 1000 characters. */
  const ALT_TEXT_CHARS = 1000;

  /**
   * Uploads the card into the thread of the message it goes with (Slack shows files as their own message).
   * A failure is logged with its code; the text has already been posted.
   */
  async function uploadCard(card: Card, threadTs: string): Promise<void> {
    const picture = await cardPicture(card, log, ALT_TEXT_CHARS);
    if (!picture) return;
    try {
      await api.uploadFile({
        channel: target.channel,
        threadTs,
        bytes: picture.png,
        fileName: picture.fileName,
        title: picture.caption,
        altText: picture.altText,
      });
    } catch (err) {
      logCardFailure(log, 'card-upload-failed', {
        platform: 'slack',
        err: { name: err instanceof Error ? err.name : typeof err, slackCode: slackErrorCode(err) },
      });
    }
  }

  /**
   * The parts an earlier attempt of this job step already posted (found by their metadata marker), when it
   * may have: a lost journal record must not double the message. Empty when nothing is known or the
   * look-up fails (then posting again is the lesser evil than never answering).
   */
  async function postedBefore(options: SendOptions): Promise<Map<number, string>> {
    if (options.idempotencyKey === undefined || options.maybePosted !== true) return new Map();
    try {
      return await api.findMarked({ channel: target.channel, threadTs: target.threadTs, key: options.idempotencyKey });
    } catch (err) {
      log.warn({ code: slackErrorCode(err) }, 'slack: could not look for an earlier post');
      return new Map();
    }
  }

  const channel: ReplyChannel = {
    maxDownloadBytes: SLACK_LIMITS.maxDownloadBytes,
    ephemeral: true,
    commandSyntax: slackCommandSyntax,
    fileHint: SLACK_FILE_HINT,
    ...(target.privateOnly ? {} : { address: slackAddress(target) }),

    async send(message: ReplyMessage, options: SendOptions = {}): Promise<MessageRef> {
      const parts = renderMessage(message);
      if (privateOnly) {
        await sendPrivateParts(parts);
        return { messageId: '', threadId: target.threadTs };
      }
      const earlier = await postedBefore(options);
      // Unkeyed messages get a key of their own, so a failed post that landed is found, not doubled.
      const key = options.idempotencyKey ?? `msg:${randomUUID()}`;
      let first: MessageRef | null = null;
      for (const [i, part] of parts.entries()) {
        let ts: string;
        try {
          ts =
            earlier.get(i) ??
            (await postOnce(
              api,
              { channel: target.channel, threadTs: target.threadTs, message: part, marker: { key, part: i } },
              retry,
            ));
        } catch (err) {
          const code = slackErrorCode(err);
          if (code === null || !CANNOT_POST.has(code) || target.respond === null) throw err;
          log.info({ code }, 'slack: cannot post in this channel, replying ephemerally');
          privateOnly = true;
          await sendPrivateParts(parts.slice(i));
          return first ?? { messageId: '', threadId: target.threadTs };
        }
        if (target.threadTs === null && !target.isDm) deps.onTopLevelPost?.(target.channel, ts);
        first ??= { messageId: ts, threadId: target.threadTs };
      }
      // Into the thread the message is in, or the one that grows under it (the summary's); a message found
      // from an earlier attempt had its card uploaded then (the picture is not worth a look-up).
      if (message.card && first && !earlier.has(0)) await uploadCard(message.card, target.threadTs ?? first.messageId);
      return first ?? { messageId: '', threadId: target.threadTs };
    },

    async thread(on: MessageRef): Promise<ReplyChannel> {
      if (target.threadTs !== null || privateOnly || on.messageId === '') return channel;
      return createReplyChannel({ ...target, threadTs: on.threadId ?? on.messageId }, deps);
    },

    async sendPrivate(message: ReplyMessage): Promise<void> {
      if (target.isDm && !privateOnly) {
        await channel.send(message);
        return;
      }
      await sendPrivateParts(renderMessage(message));
    },

    /** A progress message left by an attempt that crashed (its ref is in the job's journal). */
    async remove(ref: MessageRef): Promise<void> {
      await api.delete({ channel: target.channel, ts: ref.messageId });
    },

    async progress(text: string): Promise<Progress> {
      if (privateOnly) return NO_PROGRESS;
      let ts: string;
      try {
        ts = await postOnce(
          api,
          {
            channel: target.channel,
            threadTs: target.threadTs,
            message: progressMessage(text),
            marker: { key: `progress:${randomUUID()}`, part: 0 },
          },
          retry,
        );
      } catch (err) {
        log.warn({ code: slackErrorCode(err) }, 'slack: could not post progress');
        return NO_PROGRESS;
      }
      let finished = false;
      return {
        ref: { messageId: ts, threadId: target.threadTs },
        async update(next: string) {
          if (finished) return;
          await api.update({ channel: target.channel, ts, message: progressMessage(next) }).catch((err: unknown) => {
            log.warn({ code: slackErrorCode(err) }, 'slack: could not update progress');
          });
        },
        async done() {
          if (finished) return;
          finished = true;
          await api.delete({ channel: target.channel, ts }).catch((err: unknown) => {
            log.warn({ code: slackErrorCode(err) }, 'slack: could not remove progress');
          });
        },
      };
    },
  };
  return channel;
}

const NO_PROGRESS: Progress = { update: async () => {}, done: async () => {} };

function progressMessage(text: string): SlackMessage {
  const escaped = `:hourglass_flowing_sand: ${escapeMrkdwn(text)}`;
  return {
    text: escapeMrkdwn(text),
    blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: escaped, verbatim: true }] }],
  };
}
