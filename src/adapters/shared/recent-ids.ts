/**
 * A bounded set of recently seen keys, optionally expiring: the adapters remember event, update, message and
 * interaction ids so a redelivery is handled once (Slack also remembers the threads it started). When full,
 * the oldest keys are forgotten first. In-process only; the engine de-duplicates again through the store.
 */
interface RecentIdsOptions {
  /** How long a key is remembered; default: until it is pushed out by newer keys. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export class RecentIds {
  private readonly entries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({ ttlMs = Number.POSITIVE_INFINITY, maxEntries = 10_000, now = Date.now }: RecentIdsOptions = {}) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  has(key: string | number): boolean {
    const id = String(key);
    const expires = this.entries.get(id);
    if (expires === undefined) return false;
    if (expires > this.now()) return true;
    this.entries.delete(id);
    return false;
  }

  add(key: string | number): void {
    const id = String(key);
    this.entries.delete(id);
    this.entries.set(id, this.now() + this.ttlMs);
    this.prune();
  }

  /** True the first time `key` is seen (within the TTL), and remembers it; false for every repeat. */
  firstSeen(key: string | number): boolean {
    if (this.has(key)) return false;
    this.add(key);
    return true;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, expires] of this.entries) {
      // Insertion order is expiry order (one TTL for all), so stop at the first live entry under the cap.
      if (expires > now && this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
