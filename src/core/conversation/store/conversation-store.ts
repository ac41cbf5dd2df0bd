/**
 * The engine's memory: last review per user + conversation + thread (with its section-message map),
 * role preference, pending job description, the user's last file, de-duplication marks and the check
 * rate limit. Everything about a user is listed in a per-user index so `/forget` deletes it all at once.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { RoleId } from '../../roles/types.js';
import { ROLE_IDS } from '../../roles/types.js';
import type { KeyValueStore, StoreKind } from './kv.js';
import type { LeaseState } from './kv-types.js';
import { keys, type Scope } from './keys.js';
import {
  KEY_KINDS,
  lastInputSchema,
  messageLinkSchema,
  type PastePart,
  pastePartSchema,
  storedReviewSchema,
  type KeyKind,
  type LastInput,
  type MessageLink,
  type StoredReview,
} from './schemas.js';

export interface StoreTtls {
  /** How long anything about a user's resume is kept (reviews, files, job descriptions, preferences). */
  resumeTtlMs: number;
  /** How long an event id is remembered for de-duplication (the queue's enqueue marks). */
  dedupeTtlMs: number;
  /**
   * How long an event stays marked handled (its claim settled, ../event-claims.ts): at least as long as a
   * platform may deliver it again (Telegram keeps an update, and our webhook inbox its record, for a day).
   */
  handledTtlMs: number;
}

export type ForgetSummary = Record<KeyKind, number>;

export interface RateDecision {
  allowed: boolean;
  /** When denied: how long until the oldest counted check leaves the window. */
  retryAfterMs: number;
  used: number;
  /** The counted slot (allowed decisions only), for releaseCheck. */
  slotId: string | null;
}

/** A check waits at most this long (queue retries and back-off), so the /forget mark need not outlive it. */
const FORGOTTEN_TTL_MS = 24 * 3_600_000;

const DEFAULT_TTLS: StoreTtls = {
  resumeTtlMs: 7 * 24 * 3_600_000,
  dedupeTtlMs: 10 * 60_000,
  handledTtlMs: 24 * 3_600_000,
};

export class ConversationStore {
  readonly kind: StoreKind;
  readonly ttls: StoreTtls;
  private readonly kv: KeyValueStore;

  constructor(kv: KeyValueStore, ttls: Partial<StoreTtls> = {}) {
    this.kv = kv;
    this.kind = kv.kind;
    this.ttls = { ...DEFAULT_TTLS, ...ttls };
  }

  /** Resolves when the backing store answers (readiness). */
  ping(): Promise<void> {
    return this.kv.ping();
  }

  /** The raw store (tests, diagnostics). */
  get raw(): KeyValueStore {
    return this.kv;
  }

  close(): Promise<void> {
    return this.kv.close();
  }

  private async read<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | null> {
    const value = await this.kv.get(key);
    if (value === undefined || value === null) return null;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }

  // ---- event claims (../event-claims.ts) ----------------------------------------------------------

  /** Claims an event for `owner` until `now + leaseMs`: 'held' while another claim runs, 'settled' once handled. */
  claimEvent(platform: string, eventId: string, owner: string, now: number, leaseMs: number): Promise<LeaseState> {
    return this.kv.acquireLease(keys.seen(platform, eventId), owner, now, leaseMs, this.ttls.handledTtlMs);
  }

  renewEvent(platform: string, eventId: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    return this.kv.renewLease(keys.seen(platform, eventId), owner, now, leaseMs, this.ttls.handledTtlMs);
  }

  /** The handler finished: the claim becomes the handled mark. */
  settleEvent(platform: string, eventId: string, owner: string): Promise<boolean> {
    return this.kv.settleLease(keys.seen(platform, eventId), owner, this.ttls.handledTtlMs);
  }

  releaseEvent(platform: string, eventId: string, owner: string): Promise<void> {
    return this.kv.releaseLease(keys.seen(platform, eventId), owner);
  }

  // ---- user index -------------------------------------------------------------------------------

  private async writeForUser(
    platform: string,
    userId: string,
    writes: { key: string; kind: KeyKind; value: unknown }[],
  ): Promise<void> {
    await this.kv.writeIndexed(
      keys.userIndex(platform, userId),
      writes.map((w) => ({ key: w.key, tag: w.kind, value: w.value })),
      this.ttls.resumeTtlMs,
    );
  }

  /**
   * Deletes every key listed in the user's index (and the index) in one atomic step, so a save running
   * in another process lands either before (and is deleted) or after; returns counts per kind.
   */
  async forgetUser(platform: string, userId: string, now: number = Date.now()): Promise<ForgetSummary> {
    const summary: ForgetSummary = { review: 0, last: 0, message: 0, thread: 0, role: 0, jd: 0, input: 0, cursor: 0 };
    // First, so a check already under way (another process) sees it before it saves anything.
    await this.kv.set(keys.forgotten(platform, userId), now, FORGOTTEN_TTL_MS);
    for (const { tag } of await this.kv.deleteIndexed(keys.userIndex(platform, userId))) {
      const kind = KEY_KINDS.find((k) => k === tag);
      if (kind) summary[kind] += 1;
    }
    return summary;
  }

  /** Whether the user ran /forget after `acceptedAt` (a check accepted before it must not save or post). */
  async forgottenSince(platform: string, userId: string, acceptedAt: number): Promise<boolean> {
    const at = await this.kv.get(keys.forgotten(platform, userId));
    return typeof at === 'number' && at >= acceptedAt;
  }

  // ---- reviews -----------------------------------------------------------------------------------

  async getReview(key: string): Promise<StoredReview | null> {
    return this.read(key, storedReviewSchema);
  }

  /**
   * Saves a review as the last one for its scope, the user's last one in the conversation, the thread's
   * review and the section behind every bot message.
   */
  async saveReview(review: StoredReview): Promise<void> {
    const writes: { key: string; kind: KeyKind; value: unknown }[] = [
      { key: review.key, kind: 'review', value: review },
      { key: keys.lastReview(review.platform, review.userId, review.conversationId), kind: 'last', value: review.key },
    ];
    if (review.threadId !== null) {
      writes.push({
        key: keys.thread(review.platform, review.conversationId, review.threadId),
        kind: 'thread',
        value: review.key,
      });
    }
    const kinds = sectionKindsOf(review);
    for (const [messageId, sectionIndex] of Object.entries(review.sectionMessages)) {
      const link: MessageLink = {
        reviewKey: review.key,
        reviewId: review.id,
        sectionIndex,
        sectionKind: sectionIndex === null ? null : (kinds[sectionIndex] ?? null),
      };
      writes.push({
        key: keys.message(review.platform, review.conversationId, messageId),
        kind: 'message',
        value: link,
      });
    }
    await this.writeForUser(review.platform, review.userId, writes);
  }

  /** Links bot messages (and the thread they are in) to a saved review, as soon as they are posted. */
  async linkMessages(
    review: StoredReview,
    messages: Record<string, number | null>,
    threadId: string | null,
  ): Promise<void> {
    const kinds = sectionKindsOf(review);
    const writes: { key: string; kind: KeyKind; value: unknown }[] = Object.entries(messages).map(
      ([messageId, sectionIndex]) => ({
        key: keys.message(review.platform, review.conversationId, messageId),
        kind: 'message',
        value: {
          reviewKey: review.key,
          reviewId: review.id,
          sectionIndex,
          sectionKind: sectionIndex === null ? null : (kinds[sectionIndex] ?? null),
        } satisfies MessageLink,
      }),
    );
    if (threadId !== null)
      writes.push({
        key: keys.thread(review.platform, review.conversationId, threadId),
        kind: 'thread',
        value: review.key,
      });
    await this.writeForUser(review.platform, review.userId, writes);
  }

  async reviewForMessage(
    platform: string,
    conversationId: string,
    messageId: string,
  ): Promise<{ review: StoredReview; link: MessageLink } | null> {
    const link = await this.read(keys.message(platform, conversationId, messageId), messageLinkSchema);
    if (!link) return null;
    const review = await this.getReview(link.reviewKey);
    if (!review) return null;
    // After a re-check in the same thread, a link to the earlier review means the thread's current one.
    if (review.threadId !== null) {
      const current = await this.reviewForThread(platform, conversationId, review.threadId);
      if (current && current.userId === review.userId && current.createdAt >= review.createdAt)
        return { review: current, link };
    }
    return { review, link };
  }

  async reviewForThread(platform: string, conversationId: string, threadId: string): Promise<StoredReview | null> {
    const reviewKey = await this.kv.get(keys.thread(platform, conversationId, threadId));
    return typeof reviewKey === 'string' ? this.getReview(reviewKey) : null;
  }

  async lastReview(platform: string, userId: string, conversationId: string): Promise<StoredReview | null> {
    const reviewKey = await this.kv.get(keys.lastReview(platform, userId, conversationId));
    return typeof reviewKey === 'string' ? this.getReview(reviewKey) : null;
  }

  /** One key per check (reviews in different threads of one conversation stay apart). */
  reviewKey(scope: Omit<Scope, 'threadId'>, reviewId: string): string {
    return keys.review(scope, reviewId);
  }

  // ---- preferences, job description, last input -------------------------------------------------

  async getRole(platform: string, userId: string): Promise<RoleId | null> {
    const value = await this.kv.get(keys.role(platform, userId));
    return ROLE_IDS.find((id) => id === value) ?? null;
  }

  async setRole(platform: string, userId: string, role: RoleId): Promise<void> {
    await this.writeForUser(platform, userId, [{ key: keys.role(platform, userId), kind: 'role', value: role }]);
  }

  async getJobDescription(platform: string, userId: string, conversationId: string): Promise<string | null> {
    const value = await this.kv.get(keys.jobDescription(platform, userId, conversationId));
    return typeof value === 'string' ? value : null;
  }

  async setJobDescription(platform: string, userId: string, conversationId: string, text: string): Promise<void> {
    await this.writeForUser(platform, userId, [
      { key: keys.jobDescription(platform, userId, conversationId), kind: 'jd', value: text },
    ]);
  }

  /** The follow-up cursor is opaque here (the answers module validates it when read back). */
  async getCursor(scope: Scope): Promise<unknown> {
    return (await this.kv.get(keys.cursor(scope))) ?? null;
  }

  async setCursor(scope: Scope, cursor: unknown): Promise<void> {
    await this.writeForUser(scope.platform, scope.userId, [{ key: keys.cursor(scope), kind: 'cursor', value: cursor }]);
  }

  /**
   * The parts of a cut paste live in the store, not in one process, so parts that reach different bot
   * processes are joined all the same. Kept for `ttlMs` only (seconds): not in the user's index.
   */
  async appendPastePart(scope: Scope, part: PastePart, ttlMs: number): Promise<void> {
    await this.kv.appendList(keys.paste(scope), part, ttlMs);
  }

  async pasteParts(scope: Scope): Promise<PastePart[]> {
    return this.parts(await this.kv.readList(keys.paste(scope)));
  }

  /** The parts, removed at once: of processes racing to join one paste, exactly one gets them. */
  async takePasteParts(scope: Scope): Promise<PastePart[]> {
    return this.parts(await this.kv.takeList(keys.paste(scope)));
  }

  private parts(items: readonly unknown[]): PastePart[] {
    return items.flatMap((item) => {
      const parsed = pastePartSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async getLastInput(platform: string, userId: string, conversationId: string): Promise<LastInput | null> {
    return this.read(keys.lastInput(platform, userId, conversationId), lastInputSchema);
  }

  async setLastInput(platform: string, userId: string, conversationId: string, input: LastInput): Promise<void> {
    await this.writeForUser(platform, userId, [
      { key: keys.lastInput(platform, userId, conversationId), kind: 'input', value: input },
    ]);
  }

  // ---- rate limit --------------------------------------------------------------------------------

  /**
   * Sliding window, one atomic step in the store (shared by every process): counts this check when
   * allowed. The decision carries a slot id, so a check lost for our reasons can be given back. `checkId`
   * (the check's job id, from its platform event) names the slot: a process taking over the event of one
   * that died mid-check finds the slot already counted and does not count it twice.
   */
  async takeCheck(
    platform: string,
    userId: string,
    limit: number,
    windowMs: number,
    now: number,
    checkId: string | null = null,
  ): Promise<RateDecision> {
    const slotId = checkId === null ? `${now}:${randomUUID()}` : `check:${checkId}`;
    const decision = await this.kv.takeSlot(keys.rate(platform, userId), slotId, now, limit, windowMs);
    if (decision.allowed) return { allowed: true, retryAfterMs: 0, used: decision.used, slotId };
    const oldest = decision.oldestAt ?? now;
    return { allowed: false, retryAfterMs: Math.max(0, oldest + windowMs - now), used: decision.used, slotId: null };
  }

  /** Gives back a counted check (it failed on our side: the user should not pay for it). */
  async releaseCheck(platform: string, userId: string, slotId: string): Promise<void> {
    await this.kv.releaseSlot(keys.rate(platform, userId), slotId);
  }
}

function sectionKindsOf(review: StoredReview): (string | null)[] {
  const report = review.report;
  if (typeof report !== 'object' || report === null || !('sections' in report) || !Array.isArray(report.sections))
    return [];
  return report.sections.map((s: unknown) =>
    typeof s === 'object' && s !== null && 'kind' in s && typeof s.kind === 'string' ? s.kind : null,
  );
}
