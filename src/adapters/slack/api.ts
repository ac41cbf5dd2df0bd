/**
 * The few Web API calls the adapter makes, behind a small interface (the reply channel does not depend on
 * the web client's types, and tests can count calls). Responses are validated with zod.
 */
import { z } from 'zod';
import type { webApi } from '@slack/bolt';
import type { SlackBlock, SlackMessage } from './render.js';

interface PostArgs {
  channel: string;
  threadTs: string | null;
  message: SlackMessage;
}

/** The job step a message belongs to (`<jobId>:<step>`) and which of its parts it is, as message metadata. */
export interface PostMarker {
  key: string;
  part: number;
}

/** The metadata event type our marked posts carry (Slack: `a-z0-9_`, ≤ 255). */
export const POST_MARKER_EVENT = 'resume_coach_post';

interface UploadArgs {
  channel: string;
  threadTs: string | null;
  bytes: Uint8Array;
  fileName: string;
  title: string;
  /** Alt text for an image (Slack: ≤ 1000 characters). */
  altText: string;
}

export interface SlackApi {
  /** chat.postMessage; resolves to the new message's ts. A marker is attached as the message's metadata. */
  postMessage(args: PostArgs & { marker?: PostMarker }): Promise<string>;
  /**
   * The bot's recent messages in the thread (or at the top level of the channel) that carry a marker with
   * this key: part → ts. conversations.replies / .history with their metadata (the *:history scopes).
   */
  findMarked(args: { channel: string; threadTs: string | null; key: string }): Promise<Map<number, string>>;
  /** chat.postEphemeral to one user. */
  postEphemeral(args: PostArgs & { user: string }): Promise<void>;
  /** chat.update of a message the bot posted. */
  update(args: { channel: string; ts: string; message: SlackMessage }): Promise<void>;
  /** chat.delete of a message the bot posted. */
  delete(args: { channel: string; ts: string }): Promise<void>;
  /**
   * files.uploadV2 (getUploadURLExternal, the upload, completeUploadExternal) of one file, shared into
   * `channel` (in the thread `threadTs`). Needs the `files:write` scope.
   */
  uploadFile(args: UploadArgs): Promise<void>;
  /** files.info (only used when an event carries a bare file id). */
  fileInfo(id: string): Promise<unknown>;
}

const postedSchema = z.object({ ts: z.string() });
const historySchema = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string(),
        metadata: z
          .object({
            event_type: z.string(),
            event_payload: z.object({ key: z.string(), part: z.number() }).partial().optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});

/** How far back a retried post looks for its earlier self: our posts are recent. */
const MARKED_LOOKBACK = 100;

/**
 * Link previews off: a resume's URLs must not unfurl into the channel. `poster` (default: `client`) sends
 * chat.postMessage: a client that never retries by itself, where the caller retries with a look for the
 * post's marker first (./post-once.ts); the other calls are idempotent and keep `client`'s retries.
 */
export function webClientApi(client: webApi.WebClient, poster: webApi.WebClient = client): SlackApi {
  return {
    async postMessage({ channel, threadTs, message, marker }) {
      const result = await poster.chat.postMessage({
        channel,
        text: message.text,
        blocks: blocksArg(message.blocks),
        ...(threadTs === null ? {} : { thread_ts: threadTs }),
        ...(marker
          ? { metadata: { event_type: POST_MARKER_EVENT, event_payload: { key: marker.key, part: marker.part } } }
          : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      return postedSchema.parse(result).ts;
    },
    async findMarked({ channel, threadTs, key }) {
      const common = { channel, include_all_metadata: true, limit: MARKED_LOOKBACK };
      const result =
        threadTs === null
          ? await client.conversations.history(common)
          : await client.conversations.replies({ ...common, ts: threadTs });
      const found = new Map<number, string>();
      for (const m of historySchema.parse(result).messages) {
        const payload = m.metadata?.event_type === POST_MARKER_EVENT ? m.metadata.event_payload : undefined;
        if (payload?.key === key && payload.part !== undefined && !found.has(payload.part))
          found.set(payload.part, m.ts);
      }
      return found;
    },
    async postEphemeral({ channel, user, threadTs, message }) {
      await client.chat.postEphemeral({
        channel,
        user,
        text: message.text,
        blocks: blocksArg(message.blocks),
        ...(threadTs === null ? {} : { thread_ts: threadTs }),
      });
    },
    async update({ channel, ts, message }) {
      await client.chat.update({ channel, ts, text: message.text, blocks: blocksArg(message.blocks) });
    },
    async delete({ channel, ts }) {
      await client.chat.delete({ channel, ts });
    },
    async uploadFile({ channel, threadTs, bytes, fileName, title, altText }) {
      const file = { file: Buffer.from(bytes), filename: fileName, title, alt_text: altText };
      await client.filesUploadV2(
        threadTs === null ? { ...file, channel_id: channel } : { ...file, channel_id: channel, thread_ts: threadTs },
      );
    },
    async fileInfo(id) {
      return client.files.info({ file: id });
    },
  };
}

/** Our block union is a subset of Slack's KnownBlock; the web client's parameter type is wider. */
function blocksArg(blocks: SlackBlock[]): { type: string }[] {
  return blocks;
}

const platformErrorSchema = z.object({ data: z.object({ error: z.string() }) });

/** The Web API error code (`not_in_channel`, …) of a failed call, if it was a platform error. */
export function slackErrorCode(err: unknown): string | null {
  const parsed = platformErrorSchema.safeParse(err);
  return parsed.success ? parsed.data.data.error : null;
}
