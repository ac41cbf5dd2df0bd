/**
 * The engine's memory: last review per user + conversation + thread (with its section-message map),
 * role preference, pending job description, the user's last file, de-duplication marks and the check
 * rate limit. Everything about a user is listed in a per-user index so `/forget` deletes it all at once.
 */
import type { z } from 'zod';
import type { RoleId } from '../../roles/types.js';
import { ROLE_IDS } from '../../roles/types.js';
import type { KeyValueStore, StoreKind } from './kv.js';
import { keys, type Scope } from './keys.js';
import {
  lastInputSchema,
  messageLinkSchema,
  rateWindowSchema,
  storedReviewSchema,
  userIndexSchema,
  type KeyKind,
  type LastInput,
  type MessageLink,
  type StoredReview,
  type UserIndex,
} from './schemas.js';

export interface StoreTtls {
  /** How long anything about a user's resume is kept (reviews, files, job descriptions, preferences). */
  resumeTtlMs: number;
  /** How long an event id is remembered for de-duplication. */
  dedupeTtlMs: number;
}

export type ForgetSummary = Record<KeyKind, number>;

export interface RateDecision {
  allowed: boolean;
  /** When denied: how long until the oldest counted check leaves the window. */
  retryAfterMs: number;
  used: number;
}

const DEFAULT_TTLS: StoreTtls = { resumeTtlMs: 7 * 24 * 3_600_000, dedupeTtlMs: 10 * 60_000 };

/** Serialises read-modify-write of one key inside this process (the user index, rate windows). */
class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

export class ConversationStore {
  readonly kind: StoreKind;
  readonly ttls: StoreTtls;
  private readonly kv: KeyValueStore;
  private readonly mutex = new KeyedMutex();

  constructor(kv: KeyValueStore, ttls: Partial<StoreTtls> = {}) {
    this.kv = kv;
    this.kind = kv.kind;
    this.ttls = { ...DEFAULT_TTLS, ...ttls };
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

  /** True the first time an event id is seen (within the de-duplication TTL). */
  async markSeen(platform: string, eventId: string): Promise<boolean> {
    const key = keys.seen(platform, eventId);
    return this.mutex.run(key, async () => {
      if ((await this.kv.get(key)) !== undefined) return false;
      await this.kv.set(key, 1, this.ttls.dedupeTtlMs);
      return true;
    });
  }

  // ---- user index -------------------------------------------------------------------------------

  private async writeForUser(
    platform: string,
    userId: string,
    writes: { key: string; kind: KeyKind; value: unknown }[],
  ): Promise<void> {
    const indexKey = keys.userIndex(platform, userId);
    await this.mutex.run(indexKey, async () => {
      const index: UserIndex = (await this.read(indexKey, userIndexSchema)) ?? { keys: {} };
      for (const w of writes) index.keys[w.key] = w.kind;
      // The index is written first so a crash between the writes can never leave an unlisted key.
      await this.kv.set(indexKey, index, this.ttls.resumeTtlMs);
      for (const w of writes) await this.kv.set(w.key, w.value, this.ttls.resumeTtlMs);
    });
  }

  /** Deletes every key listed in the user's index (and the index); returns counts per kind. */
  async forgetUser(platform: string, userId: string): Promise<ForgetSummary> {
    const indexKey = keys.userIndex(platform, userId);
    return this.mutex.run(indexKey, async () => {
      const summary: ForgetSummary = { review: 0, last: 0, message: 0, thread: 0, role: 0, jd: 0, input: 0 };
      const index = await this.read(indexKey, userIndexSchema);
      const listed = Object.entries(index?.keys ?? {});
      for (const [key, kind] of listed) {
        if ((await this.kv.get(key)) === undefined) continue; // expired already
        summary[kind] += 1;
      }
      await this.kv.delete([...listed.map(([key]) => key), indexKey]);
      return summary;
    });
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

  async reviewForMessage(
    platform: string,
    conversationId: string,
    messageId: string,
  ): Promise<{ review: StoredReview; link: MessageLink } | null> {
    const link = await this.read(keys.message(platform, conversationId, messageId), messageLinkSchema);
    if (!link) return null;
    const review = await this.getReview(link.reviewKey);
    return review ? { review, link } : null;
  }

  async reviewForThread(platform: string, conversationId: string, threadId: string): Promise<StoredReview | null> {
    const reviewKey = await this.kv.get(keys.thread(platform, conversationId, threadId));
    return typeof reviewKey === 'string' ? this.getReview(reviewKey) : null;
  }

  async lastReview(platform: string, userId: string, conversationId: string): Promise<StoredReview | null> {
    const reviewKey = await this.kv.get(keys.lastReview(platform, userId, conversationId));
    return typeof reviewKey === 'string' ? this.getReview(reviewKey) : null;
  }

  reviewKey(scope: Scope): string {
    return keys.review(scope);
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

  async getLastInput(platform: string, userId: string, conversationId: string): Promise<LastInput | null> {
    return this.read(keys.lastInput(platform, userId, conversationId), lastInputSchema);
  }

  async setLastInput(platform: string, userId: string, conversationId: string, input: LastInput): Promise<void> {
    await this.writeForUser(platform, userId, [
      { key: keys.lastInput(platform, userId, conversationId), kind: 'input', value: input },
    ]);
  }

  // ---- rate limit --------------------------------------------------------------------------------

  /** Sliding window: counts this check when allowed. Shared across processes through the store. */
  async takeCheck(
    platform: string,
    userId: string,
    limit: number,
    windowMs: number,
    now: number,
  ): Promise<RateDecision> {
    const key = keys.rate(platform, userId);
    return this.mutex.run(key, async () => {
      const recent = ((await this.read(key, rateWindowSchema)) ?? []).filter((t) => t > now - windowMs && t <= now);
      if (recent.length >= limit) {
        const oldest = Math.min(...recent);
        return { allowed: false, retryAfterMs: Math.max(0, oldest + windowMs - now), used: recent.length };
      }
      recent.push(now);
      await this.kv.set(key, recent, windowMs);
      return { allowed: true, retryAfterMs: 0, used: recent.length };
    });
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
