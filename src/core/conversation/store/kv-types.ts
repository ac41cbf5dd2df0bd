/** The key-value store contract every backend implements (kept apart so backends never import kv.ts). */
export type StoreKind = 'memory' | 'sqlite' | 'redis';

export interface IndexedWrite {
  key: string;
  /** What kind of key it is (reported by `/forget`). */
  tag: string;
  value: unknown;
}

export interface SlotDecision {
  allowed: boolean;
  /** Slots in the window, this one included when allowed. */
  used: number;
  /** When denied: the time of the oldest slot in the window. */
  oldestAt: number | null;
}

/** What acquireLease found: it took the key, another owner's lease is still running, or the work is done. */
export type LeaseState = 'acquired' | 'held' | 'settled';

export interface ScoredMember {
  member: string;
  score: number;
}

export interface KeyValueStore {
  readonly kind: StoreKind;
  get(key: string): Promise<unknown>;
  /** `ttlMs` undefined: no expiry. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
  /** Writes only when the key is absent (or expired); true when this call wrote it. */
  setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean>;
  /**
   * In one atomic step: writes `key` only while `guardKey` holds the string `guard` (a fencing token:
   * the attempt that owns a job); 'fenced' when it holds something else or nothing. With `onlyIfAbsent`,
   * a key already there is left as it is ('exists').
   */
  setGuarded(
    key: string,
    value: unknown,
    ttlMs: number,
    guard: { key: string; value: string },
    onlyIfAbsent: boolean,
  ): Promise<'written' | 'exists' | 'fenced'>;
  /** In one atomic step: lists every key in the index at `indexKey` and writes them all (same TTL). */
  writeIndexed(indexKey: string, writes: readonly IndexedWrite[], ttlMs: number): Promise<void>;
  /** In one atomic step: deletes every key listed in the index and the index; returns those that still existed. */
  deleteIndexed(indexKey: string): Promise<{ key: string; tag: string }[]>;
  /**
   * Sliding window: drops slots older than `windowMs`, then adds this one unless `limit` are taken. A slot
   * already in the window (the same check, taken over by another process) is allowed and not counted again.
   */
  takeSlot(key: string, slotId: string, at: number, limit: number, windowMs: number): Promise<SlotDecision>;
  /** Gives a slot back (a check lost for our reasons). */
  releaseSlot(key: string, slotId: string): Promise<void>;
  /** Appends one item to the list at `key` (created when absent) and sets the list's TTL; returns its length. */
  appendList(key: string, item: unknown, ttlMs: number): Promise<number>;
  /** The list at `key`, oldest first ([] when there is none). */
  readList(key: string): Promise<unknown[]>;
  /** In one atomic step: the list at `key` and its deletion (of callers racing, one gets the items, the rest []). */
  takeList(key: string): Promise<unknown[]>;
  /**
   * In one atomic step: writes a lease for `owner` until `now + leaseMs` when the key is absent or holds a
   * lease that expired by `now` ('acquired'); otherwise 'held' (a live lease) or 'settled'. The key is
   * stored for `keepMs` (a lease whose owner died is cleaned up). Expiry is judged by the callers' clocks.
   */
  acquireLease(key: string, owner: string, now: number, leaseMs: number, keepMs: number): Promise<LeaseState>;
  /** In one atomic step: extends the lease while `owner` holds it; false when it holds it no longer. */
  renewLease(key: string, owner: string, now: number, leaseMs: number, keepMs: number): Promise<boolean>;
  /** In one atomic step: `owner`'s lease becomes a settled mark kept `ttlMs`; false when `owner` held none. */
  settleLease(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** In one atomic step: deletes the lease while `owner` holds it (its work did not finish). */
  releaseLease(key: string, owner: string): Promise<void>;
  /** The key's lease state at `now`, unchanged. */
  leaseState(key: string, now: number): Promise<'free' | 'held' | 'settled'>;
  /** Sorted index at `indexKey`: sets `member`'s score (adding it when absent). The index has no TTL. */
  setScore(indexKey: string, member: string, score: number): Promise<void>;
  /** At most `limit` members of the index scored at most `maxScore`, lowest score first. */
  scoredUpTo(indexKey: string, maxScore: number, limit: number): Promise<ScoredMember[]>;
  removeScored(indexKey: string, members: readonly string[]): Promise<void>;
  /** Every key of this namespace with its value (tests and diagnostics; can be slow on big stores). */
  entries(): AsyncIterable<[string, unknown]>;
  /** Resolves when the store answers (readiness probes). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
