/**
 * The webhook inbox: each update Telegram posts is written to the shared store before the webhook answers
 * 200, handled after, and its record deleted once its handler finished (for a check: once it is enqueued or
 * answered). A record still there at start was accepted by a process that stopped before handling it:
 * `replay` hands it to the bot once. Records hold the raw update (personal data): deleted when handled, and a
 * record of a user who ran /forget after it arrived is deleted without handling. Telegram's own resend of the
 * same update_id finds the record (or the engine's seen mark) and is not handled twice.
 */
import { z } from 'zod';
import type { KeyValueStore } from '../../core/conversation/store/kv-types.js';
import { keys } from '../../core/conversation/store/keys.js';
import { telegramEventId } from './event.js';

const PREFIX = 'tg-inbox:';
/** Telegram gives up on an update after a day; a record older than that is of no use. */
const RECORD_TTL_MS = 24 * 60 * 60_000;

/** Only what the inbox needs is checked; the rest of the update is kept as sent (grammY reads it). */
const updateSchema = z.object({ update_id: z.number().int().nonnegative() }).passthrough();
const senderSchema = z.object({ message: z.object({ from: z.object({ id: z.number().int() }) }) });
const recordSchema = z.object({ update: updateSchema, userId: z.number().int().nullable(), at: z.number() });

export type InboxUpdate = z.infer<typeof updateSchema>;

export function parseInboxUpdate(body: unknown): InboxUpdate | null {
  const parsed = updateSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

export interface TelegramInbox {
  /** Stores the update; false when a record with its update_id is already there (a resend). */
  accept(update: InboxUpdate, now?: number): Promise<boolean>;
  /** Its handler finished: the record goes. */
  done(updateId: number): Promise<void>;
  /** Records left by an earlier process, oldest update first; those of users who ran /forget since are deleted. */
  pending(): Promise<InboxUpdate[]>;
}

export function createTelegramInbox(kv: KeyValueStore): TelegramInbox {
  const keyOf = (updateId: number): string => `${PREFIX}${updateId}`;
  return {
    async accept(update, now = Date.now()) {
      const sender = senderSchema.safeParse(update);
      const record = { update, userId: sender.success ? sender.data.message.from.id : null, at: now };
      return kv.setIfAbsent(keyOf(update.update_id), record, RECORD_TTL_MS);
    },
    done: (updateId) => kv.delete([keyOf(updateId)]),
    async pending() {
      const found: z.infer<typeof recordSchema>[] = [];
      const unreadable: string[] = [];
      // Once per start: a scan of the namespace (the store keeps no list of inbox keys).
      for await (const [key, value] of kv.entries()) {
        if (!key.startsWith(PREFIX)) continue;
        const record = recordSchema.safeParse(value);
        if (record.success) found.push(record.data);
        else unreadable.push(key);
      }
      const forgotten: number[] = [];
      for (const record of found) {
        if (record.userId === null) continue;
        const at = await kv.get(keys.forgotten('telegram', String(record.userId)));
        if (typeof at === 'number' && at >= record.at) forgotten.push(record.update.update_id);
      }
      await kv.delete([...unreadable, ...forgotten.map(keyOf)]);
      const left = found
        .map((record) => record.update)
        .filter((update) => !forgotten.includes(update.update_id))
        .sort((a, b) => a.update_id - b.update_id);
      // The engine marks an event seen before handling it; a record still here means that handling never
      // finished, so the mark would drop the replay. A check it had enqueued keeps its job id (no second job).
      await kv.delete(left.map((update) => keys.seen('telegram', telegramEventId(update.update_id))));
      return left;
    },
  };
}
