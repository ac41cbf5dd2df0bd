/**
 * A bounded set whose entries expire: remembers event ids (to drop Slack's retries) and the threads this
 * process started. In-process only; the engine de-duplicates again through the shared store.
 */
export class TtlSet {
  private readonly entries = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  has(key: string): boolean {
    const expires = this.entries.get(key);
    if (expires === undefined) return false;
    if (expires > this.now()) return true;
    this.entries.delete(key);
    return false;
  }

  add(key: string): void {
    this.entries.delete(key);
    this.entries.set(key, this.now() + this.ttlMs);
    this.prune();
  }

  /** True the first time `key` is seen within the TTL (and remembers it). */
  firstSeen(key: string): boolean {
    if (this.has(key)) return false;
    this.add(key);
    return true;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, expires] of this.entries) {
      // Insertion order is expiry order (same TTL), so stop at the first live entry under the cap.
      if (expires > now && this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
