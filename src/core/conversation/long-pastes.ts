/**
 * Long pastes the platforms cut or wrap, turned back into one pasted text before the engine reads it:
 * - Telegram cuts a message over 4,096 characters into several; consecutive parts from the same user in the
 *   same chat and thread, each close to the limit, are joined within a short window (the last, shorter part
 *   closes the paste at once). One joined paste gets one answer.
 * - Discord turns a long paste into a `message.txt` attachment: it is read as the message's text.
 * The parts wait in the store (a list per user, chat and thread), not in a process: with several bot
 * processes behind a webhook balancer, part 1 may reach one process and part 2 another. The process that
 * gets the closing part takes the list atomically and answers; a window timer fires only in the process
 * that appended the latest part (the others see a newer part and stand down), and it too takes the list
 * atomically, so a paste is answered once. Channels are live objects and stay in their process: the
 * answering process replies through its own channel for the same chat and thread. The window itself is a
 * timer of that process: if it dies inside the window, the parts wait (ten windows at most) until the
 * user's next message in the chat, at whichever process, closes the paste and it is answered then.
 */
import { randomUUID } from 'node:crypto';
import type { PastePart } from './store/schemas.js';
import type { Scope } from './store/keys.js';
import type { CoreEvent, IncomingFile, ReplyChannel } from './types.js';

/**
 * Platforms that cut long messages, and at how many characters: Telegram splits a message over 4,096;
 * Slack's client keeps a message to 4,000 (its documented client limit) and offers to send a longer paste
 * in several messages. Discord needs no join: its client turns a paste over its limit into one
 * `message.txt` attachment (read below), and every DM arrives on shard 0, one process.
 */
export const SPLIT_LIMITS: Readonly<Record<string, number>> = { telegram: 4096, slack: 4000 };
/** A part this close to the limit was cut there; a shorter one is the end of the paste. */
const CUT_SHARE = 0.9;

/** A timer: runs `fn` after `ms`, returns a cancel function (tests pass a manual one). */
export type Schedule = (fn: () => void, ms: number) => () => void;

export const realSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
};

/** Where the parts wait: the conversation store (shared by every process on the same STORE_URL). */
export interface PasteBuffer {
  appendPastePart(scope: Scope, part: PastePart, ttlMs: number): Promise<void>;
  pasteParts(scope: Scope): Promise<PastePart[]>;
  takePasteParts(scope: Scope): Promise<PastePart[]>;
}

/** The latest part this process appended for a paste: its window timer and the channel to answer on. */
interface Held {
  event: CoreEvent;
  channel: ReplyChannel;
  token: string;
  cancel: () => void;
}

export interface PasteJoinerOptions {
  /** Handles the joined event (the engine's own handling, with its error boundary). */
  deliver: (event: CoreEvent, channel: ReplyChannel) => Promise<void>;
  buffer: PasteBuffer;
  windowMs: number;
  schedule?: Schedule;
  limits?: Readonly<Record<string, number>>;
}

const scopeOf = (e: CoreEvent): Scope => ({
  platform: e.platform,
  userId: e.user.id,
  conversationId: e.conversation.id,
  threadId: e.threadId,
});
const keyOf = (e: CoreEvent) =>
  JSON.stringify([e.platform, e.conversation.id, e.user.id, e.threadId ?? ''] satisfies string[]);

export class PasteJoiner {
  private readonly held = new Map<string, Held>();
  private readonly schedule: Schedule;
  private readonly limits: Readonly<Record<string, number>>;
  /** Parts outlive a lost process by this long at most (they are resume text). */
  private readonly ttlMs: number;

  constructor(private readonly options: PasteJoinerOptions) {
    this.schedule = options.schedule ?? realSchedule;
    this.limits = options.limits ?? SPLIT_LIMITS;
    this.ttlMs = Math.max(10_000, options.windowMs * 10);
  }

  /**
   * Takes the event when it is part of a cut paste (it will be answered as part of the joined text) and
   * returns true; returns false when the engine should handle it as it is. An unrelated message from the
   * same user closes a pending paste first.
   */
  async offer(event: CoreEvent, channel: ReplyChannel): Promise<boolean> {
    const limit = this.limits[event.platform];
    if (limit === undefined) return false;
    const scope = scopeOf(event);
    const plainText = event.files.length === 0 && event.command === null && !event.text.trimStart().startsWith('/');
    if (!plainText) {
      await this.close(event, channel, null);
      return false;
    }
    const cut = event.text.length >= limit * CUT_SHARE;
    if (!cut) {
      // The common case (a question): one read says no paste is waiting.
      if ((await this.options.buffer.pasteParts(scope)).length === 0) return false;
      await this.close(event, channel, event.text);
      return true;
    }
    // A redelivered part never gets here: the engine claimed the event id (it is dropped as handled).
    const token = randomUUID();
    await this.options.buffer.appendPastePart(scope, { id: event.id, text: event.text, token }, this.ttlMs);
    const key = keyOf(event);
    this.held.get(key)?.cancel();
    this.held.set(key, { event, channel, token, cancel: this.timer(key) });
    return true;
  }

  /** Answers every paste this process holds the latest part of, now (shutdown). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.held.values()].map((h) => this.close(h.event, h.channel, null)));
  }

  private timer(key: string): () => void {
    return this.schedule(() => void this.expire(key), this.options.windowMs);
  }

  /** The window passed: join, unless another process appended a later part (its own timer is running). */
  private async expire(key: string): Promise<void> {
    const held = this.held.get(key);
    if (!held) return;
    const parts = await this.options.buffer.pasteParts(scopeOf(held.event));
    if (parts.at(-1)?.token !== held.token) {
      this.held.delete(key);
      return;
    }
    await this.close(held.event, held.channel, null);
  }

  /** Takes the waiting parts (plus the closing text, when there is one) and answers them as one paste. */
  private async close(event: CoreEvent, channel: ReplyChannel, last: string | null): Promise<void> {
    const key = keyOf(event);
    const held = this.held.get(key);
    held?.cancel();
    this.held.delete(key);
    const parts = await this.options.buffer.takePasteParts(scopeOf(event));
    if (parts.length === 0) return;
    const texts = [...parts.map((p) => p.text), ...(last === null ? [] : [last])];
    const first = parts[0]!;
    // The event of this chat and thread that this process has: as a plain paste, id of the first part.
    const template = held?.event ?? event;
    const joined: CoreEvent = {
      ...template,
      files: [],
      command: null,
      id: first.id === '' ? '' : `${first.id}+${texts.length}`,
      text: texts.join('\n'),
    };
    await this.options.deliver(joined, held?.channel ?? channel);
  }
}

const PASTE_FILE = /^message\.txt$/i;

/** Discord's long-paste attachment (message.txt, plain text) on an event with no command, else null. */
export function pasteAttachment(event: CoreEvent): IncomingFile | null {
  if (event.command !== null || event.files.length !== 1) return null;
  const file = event.files[0]!;
  if (!file.name || !PASTE_FILE.test(file.name)) return null;
  if (file.mimeType && !/^text\/plain\b/i.test(file.mimeType)) return null;
  return file;
}

/** The event with a long-paste attachment read in as its text (anything typed with it comes first). */
export async function withPastedAttachment(event: CoreEvent, maxBytes: number): Promise<CoreEvent> {
  const file = pasteAttachment(event);
  if (!file) return event;
  const bytes = await file.fetch(maxBytes);
  const pasted = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const text = [event.text.trim(), pasted.trim()].filter((t) => t.length > 0).join('\n\n');
  return { ...event, text, files: [] };
}
