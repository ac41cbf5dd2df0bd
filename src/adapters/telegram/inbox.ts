/**
 * The webhook inbox: each update Telegram posts is written to the shared store before the webhook answers
 * 200, handled after, and its record deleted once its handler finished (for a check: once it is enqueued or
 * answered). The process handling a record holds a lease on it (renewed while it works), so:
 * - a record whose lease ran out belongs to a process that died: whichever live process sweeps first takes
 *   it over (a sorted index by lease expiry, read a bounded batch at a time: no scan of the store), or the
 *   resend of it that reaches a live process does;
 * - whether the update is answered again is the engine's call: its handled mark (the event's settled claim,
 *   core/conversation/event-claims.ts) drops a replay whose handler had finished, so a crash after the reply
 *   and before the record's deletion answers nothing twice; a live claim of the event elsewhere keeps the
 *   record for a later try.
 * Records hold the raw update (personal data): deleted when handled, and a record of a user who ran /forget
 * after it arrived is deleted without handling.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { KeyValueStore } from '../../core/conversation/store/kv-types.js';
import { keys } from '../../core/conversation/store/keys.js';
import { telegramEventId } from './event.js';

const PREFIX = 'tg-inbox:';
const LEASE_PREFIX = 'tg-inbox-lease:';
/** Update ids scored by when their lease runs out (a record nobody renews becomes due). */
const INDEX = 'tg-inbox-due';
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

/** This process's lease on one record. */
export interface InboxClaim {
  updateId: number;
  owner: string;
}

export interface TelegramInbox {
  readonly leaseMs: number;
  /**
   * Stores the update and claims it for this process: the claim when this process should handle it now
   * (a new update, or a resend of one whose process died), null when a live process has it in hand.
   */
  accept(update: InboxUpdate, now: number): Promise<InboxClaim | null>;
  /** Extends the claim while the handler runs; false when another process took the record over. */
  renew(claim: InboxClaim, now: number): Promise<boolean>;
  /**
   * The handler finished: the record goes, unless the engine's claim on the event is live in another
   * process (then it is left for a later try, 'kept').
   */
  finish(claim: InboxClaim, now: number): Promise<'deleted' | 'kept'>;
  /**
   * At most `limit` records whose lease ran out by `now`, oldest due first, each claimed for this process;
   * those of users who ran /forget since, and unreadable ones, are deleted unread.
   */
  takeDue(now: number, limit: number): Promise<{ update: InboxUpdate; claim: InboxClaim }[]>;
}

export function createTelegramInbox(kv: KeyValueStore, options: { leaseMs?: number } = {}): TelegramInbox {
  const leaseMs = options.leaseMs ?? 30_000;
  const recordKey = (updateId: number): string => `${PREFIX}${updateId}`;
  const leaseKey = (updateId: number): string => `${LEASE_PREFIX}${updateId}`;
  const claimFor = async (updateId: number, now: number): Promise<InboxClaim | null> => {
    const owner = randomUUID();
    const state = await kv.acquireLease(leaseKey(updateId), owner, now, leaseMs, RECORD_TTL_MS);
    if (state !== 'acquired') return null;
    await kv.setScore(INDEX, String(updateId), now + leaseMs);
    return { updateId, owner };
  };
  const forgottenSince = async ({ userId, at }: z.infer<typeof recordSchema>): Promise<boolean> => {
    if (userId === null) return false;
    const forgot = await kv.get(keys.forgotten('telegram', String(userId)));
    return typeof forgot === 'number' && forgot >= at;
  };
  const drop = async (updateIds: readonly number[]): Promise<void> => {
    if (updateIds.length === 0) return;
    await kv.delete(updateIds.flatMap((id) => [recordKey(id), leaseKey(id)]));
    await kv.removeScored(INDEX, updateIds.map(String));
  };

  return {
    leaseMs,
    async accept(update, now) {
      const sender = senderSchema.safeParse(update);
      const record = { update, userId: sender.success ? sender.data.message.from.id : null, at: now };
      // A resend of a record already stored leaves its index entry as it is (its holder renews it). A new one
      // is indexed first: a record is never in the store without its index entry (a crash in between leaves
      // an entry without a record, dropped when it comes due).
      if ((await kv.get(recordKey(update.update_id))) === undefined) {
        await kv.setScore(INDEX, String(update.update_id), now + leaseMs);
        await kv.setIfAbsent(recordKey(update.update_id), record, RECORD_TTL_MS);
      }
      return claimFor(update.update_id, now);
    },
    async renew(claim, now) {
      const held = await kv.renewLease(leaseKey(claim.updateId), claim.owner, now, leaseMs, RECORD_TTL_MS);
      if (held) await kv.setScore(INDEX, String(claim.updateId), now + leaseMs);
      return held;
    },
    async finish(claim, now) {
      const event = await kv.leaseState(keys.seen('telegram', telegramEventId(claim.updateId)), now);
      if (event === 'held') {
        // Another process's engine has the event in hand: it comes due again after a lease.
        await kv.releaseLease(leaseKey(claim.updateId), claim.owner);
        await kv.setScore(INDEX, String(claim.updateId), now + leaseMs);
        return 'kept';
      }
      await drop([claim.updateId]);
      return 'deleted';
    },
    async takeDue(now, limit) {
      const due = await kv.scoredUpTo(INDEX, now, limit);
      const taken: { update: InboxUpdate; claim: InboxClaim }[] = [];
      const gone: number[] = [];
      const unreadable: string[] = [];
      for (const { member } of due) {
        const updateId = Number(member);
        if (!Number.isSafeInteger(updateId)) {
          unreadable.push(member);
          continue;
        }
        const record = recordSchema.safeParse(await kv.get(recordKey(updateId)));
        // Expired, deleted by a process that stopped before unindexing it, unreadable, or of a user who ran
        // /forget after it arrived: deleted unread.
        if (!record.success || (await forgottenSince(record.data))) {
          gone.push(updateId);
          continue;
        }
        const claim = await claimFor(updateId, now);
        if (claim) taken.push({ update: record.data.update, claim });
      }
      await drop(gone);
      await kv.removeScored(INDEX, unreadable);
      return taken.sort((a, b) => a.update.update_id - b.update.update_id);
    },
  };
}
