/**
 * Long pastes the platforms cut or wrap, turned back into one pasted text before the engine reads it:
 * - Telegram cuts a message over 4,096 characters into several; consecutive parts from the same user in the
 *   same chat and thread, each close to the limit, are joined within a short window (the last, shorter part
 *   closes the paste at once). One joined paste gets one answer.
 * - Discord turns a long paste into a `message.txt` attachment: it is read as the message's text.
 * In-process: with several bot processes behind a webhook balancer, the parts of one paste must reach the
 * same process (Telegram delivers one chat's updates in order; route by chat id).
 */
import type { CoreEvent, IncomingFile, ReplyChannel } from './types.js';

/** Platforms that cut long messages, and at how many characters. */
export const SPLIT_LIMITS: Readonly<Record<string, number>> = { telegram: 4096 };
/** A part this close to the limit was cut there; a shorter one is the end of the paste. */
const CUT_SHARE = 0.9;

/** A timer: runs `fn` after `ms`, returns a cancel function (tests pass a manual one). */
export type Schedule = (fn: () => void, ms: number) => () => void;

export const realSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
};

interface Pending {
  first: CoreEvent;
  channel: ReplyChannel;
  parts: string[];
  cancel: () => void;
}

export interface PasteJoinerOptions {
  /** Handles the joined event (the engine's own handling, with its error boundary). */
  deliver: (event: CoreEvent, channel: ReplyChannel) => Promise<void>;
  /** Whether this event id is new (the store's dedupe): a redelivered part is dropped. */
  markSeen: (platform: string, id: string) => Promise<boolean>;
  windowMs: number;
  schedule?: Schedule;
  limits?: Readonly<Record<string, number>>;
}

const keyOf = (e: CoreEvent) =>
  JSON.stringify([e.platform, e.conversation.id, e.user.id, e.threadId ?? ''] satisfies string[]);

export class PasteJoiner {
  private readonly pending = new Map<string, Pending>();
  private readonly schedule: Schedule;
  private readonly limits: Readonly<Record<string, number>>;

  constructor(private readonly options: PasteJoinerOptions) {
    this.schedule = options.schedule ?? realSchedule;
    this.limits = options.limits ?? SPLIT_LIMITS;
  }

  /**
   * Takes the event when it is part of a cut paste (it will be answered as part of the joined text) and
   * returns true; returns false when the engine should handle it as it is. An unrelated message from the
   * same user closes a pending paste first.
   */
  async offer(event: CoreEvent, channel: ReplyChannel): Promise<boolean> {
    const limit = this.limits[event.platform];
    if (limit === undefined) return false;
    const key = keyOf(event);
    const pending = this.pending.get(key);
    const plainText = event.files.length === 0 && event.command === null && !event.text.trimStart().startsWith('/');
    if (!plainText) {
      if (pending) await this.flush(key);
      return false;
    }
    const cut = event.text.length >= limit * CUT_SHARE;
    if (!pending && !cut) return false;
    if (event.id !== '' && !(await this.options.markSeen(event.platform, event.id))) return true;
    if (!pending) {
      this.pending.set(key, { first: event, channel, parts: [event.text], cancel: this.timer(key) });
      return true;
    }
    pending.parts.push(event.text);
    pending.cancel();
    if (cut) pending.cancel = this.timer(key);
    else await this.flush(key);
    return true;
  }

  /** Delivers every pending paste now (shutdown). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((key) => this.flush(key)));
  }

  private timer(key: string): () => void {
    return this.schedule(() => void this.flush(key), this.options.windowMs);
  }

  private async flush(key: string): Promise<void> {
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    p.cancel();
    const joined: CoreEvent = {
      ...p.first,
      id: p.first.id === '' ? '' : `${p.first.id}+${p.parts.length}`,
      text: p.parts.join('\n'),
    };
    await this.options.deliver(joined, p.channel);
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
