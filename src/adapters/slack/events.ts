/**
 * Slack payloads → CoreEvent. Every payload is validated with zod; anything we do not understand or must
 * not answer (bots, edits, joins, other people's threads) maps to null.
 */
import { z } from 'zod';
import type { CoreEvent, IncomingFile } from '../../core/conversation/types.js';
import { slackTextToPlain } from './mrkdwn.js';
import { parseSlackFiles, type SlackFile } from './files.js';

/** Message subtypes that carry something a person wrote; every other subtype (edits, joins, bots…) is ignored. */
const USER_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

const messageEventSchema = z.object({
  type: z.literal('message'),
  subtype: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().nullish(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  parent_user_id: z.string().optional(),
  files: z.array(z.unknown()).optional(),
});

const appMentionEventSchema = z.object({
  type: z.literal('app_mention'),
  channel: z.string(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().nullish(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  files: z.array(z.unknown()).optional(),
});

export const slashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string(),
  user_name: z.string().optional(),
  channel_id: z.string(),
  channel_name: z.string().optional(),
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
});
export type SlashCommand = z.infer<typeof slashCommandSchema>;

export interface MapContext {
  /** Platform id used for de-duplication (the Events API `event_id`, or the command's trigger id). */
  eventId: string;
  botUserId: string | null;
  toFile: (file: SlackFile) => IncomingFile;
  /** Threads this process knows the bot started (a fallback when `parent_user_id` is absent). */
  isBotThread: (channel: string, threadTs: string) => boolean;
}

/** Direct messages and replies in threads the bot started. */
export function mapMessageEvent(raw: unknown, ctx: MapContext): CoreEvent | null {
  const parsed = messageEventSchema.safeParse(raw);
  if (!parsed.success) return null;
  const ev = parsed.data;
  if (!USER_SUBTYPES.has(ev.subtype) || ev.bot_id !== undefined || ev.user === undefined) return null;
  if (ctx.botUserId !== null && ev.user === ctx.botUserId) return null;
  const text = ev.text ?? '';
  const isDm = ev.channel_type === 'im' || (ev.channel_type === undefined && ev.channel.startsWith('D'));
  const inThread = ev.thread_ts !== undefined && ev.thread_ts !== ev.ts;
  if (!isDm) {
    if (ev.channel_type === 'mpim' || !inThread || ev.thread_ts === undefined) return null;
    const botsThread =
      (ctx.botUserId !== null && ev.parent_user_id === ctx.botUserId) || ctx.isBotThread(ev.channel, ev.thread_ts);
    if (!botsThread) return null;
    // A message that mentions the bot also arrives as app_mention: answer that one only.
    if (ctx.botUserId !== null && text.includes(`<@${ctx.botUserId}>`)) return null;
  }
  const threadId = inThread ? (ev.thread_ts ?? null) : null;
  return {
    id: ctx.eventId,
    platform: 'slack',
    user: { id: ev.user, name: null },
    conversation: { id: ev.channel, kind: isDm ? 'dm' : 'channel' },
    threadId,
    messageId: ev.ts,
    replyTo:
      threadId === null
        ? null
        : {
            messageId: threadId,
            fromBot: ctx.botUserId !== null && ev.parent_user_id === ctx.botUserId,
            text: null,
            files: [],
          },
    text: slackTextToPlain(text, ctx.botUserId),
    files: parseSlackFiles(ev.files).map(ctx.toFile),
    addressed: true,
    command: null,
  };
}

/**
 * A mention in a channel. The reply goes into a thread on the mention (or the thread it was written in),
 * so `threadId` is that thread even for a top-level mention: the channel stays readable.
 */
export function mapAppMention(raw: unknown, ctx: MapContext): CoreEvent | null {
  const parsed = appMentionEventSchema.safeParse(raw);
  if (!parsed.success) return null;
  const ev = parsed.data;
  if (ev.bot_id !== undefined || ev.user === undefined || ev.channel.startsWith('D')) return null;
  return {
    id: ctx.eventId,
    platform: 'slack',
    user: { id: ev.user, name: null },
    conversation: { id: ev.channel, kind: 'channel' },
    threadId: ev.thread_ts ?? ev.ts,
    messageId: ev.ts,
    replyTo: null,
    text: slackTextToPlain(ev.text ?? '', ctx.botUserId),
    files: parseSlackFiles(ev.files).map(ctx.toFile),
    addressed: true,
    command: null,
  };
}

export function isDmCommand(cmd: SlashCommand): boolean {
  return cmd.channel_id.startsWith('D') || cmd.channel_name === 'directmessage';
}

/**
 * `/resume <subcommand> [args]`: the first word picks one of the engine's commands; anything else is a
 * question (`ask`), and an empty text asks for help.
 */
export function parseResumeCommand(text: string, known: readonly string[]): { name: string; args: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { name: 'help', args: '' };
  const [first = ''] = trimmed.split(/\s+/);
  const word = first.replace(/^\//, '').toLowerCase();
  if (known.includes(word)) return { name: word, args: trimmed.slice(first.length).trim() };
  return { name: 'ask', args: trimmed };
}

/** A slash command as a CoreEvent; `threadId` is where the adapter decided the conversation continues. */
export function mapSlashCommand(
  cmd: SlashCommand,
  parsed: NonNullable<CoreEvent['command']>,
  ctx: { eventId: string; threadId: string | null },
): CoreEvent {
  return {
    id: ctx.eventId,
    platform: 'slack',
    user: { id: cmd.user_id, name: cmd.user_name ?? null },
    conversation: { id: cmd.channel_id, kind: isDmCommand(cmd) ? 'dm' : 'channel' },
    threadId: ctx.threadId,
    messageId: null,
    replyTo: null,
    text: `/${parsed.name}${parsed.args === '' ? '' : ` ${parsed.args}`}`,
    files: [],
    addressed: true,
    command: parsed,
  };
}
