/**
 * One key-value store behind the one STORE_URL setting: memory:// (tests), sqlite://path (default for
 * `npm start`: a file, no server, survives a restart) or redis://… (several bot processes share state).
 * Besides get/set, every backend offers the few ATOMIC operations the conversation store needs, so that
 * several processes sharing one store can never lose an index entry or count a check twice:
 * set-if-absent (de-duplication), an indexed write / indexed delete (a user's keys and `/forget`) and a
 * sliding-window slot (the rate limit). Redis does them with MULTI and Lua, SQLite with transactions.
 */
import { CodedError } from '../../errors.js';

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

export interface KeyValueStore {
  readonly kind: StoreKind;
  get(key: string): Promise<unknown>;
  /** `ttlMs` undefined: no expiry. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
  /** Writes only when the key is absent (or expired); true when this call wrote it. */
  setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean>;
  /** In one atomic step: lists every key in the index at `indexKey` and writes them all (same TTL). */
  writeIndexed(indexKey: string, writes: readonly IndexedWrite[], ttlMs: number): Promise<void>;
  /** In one atomic step: deletes every key listed in the index and the index; returns those that still existed. */
  deleteIndexed(indexKey: string): Promise<{ key: string; tag: string }[]>;
  /** Sliding window: drops slots older than `windowMs`, then adds this one unless `limit` are taken. */
  takeSlot(key: string, slotId: string, at: number, limit: number, windowMs: number): Promise<SlotDecision>;
  /** Gives a slot back (a check lost for our reasons). */
  releaseSlot(key: string, slotId: string): Promise<void>;
  /** Every key of this namespace with its value (tests and diagnostics; can be slow on big stores). */
  entries(): AsyncIterable<[string, unknown]>;
  /** Resolves when the store answers (readiness probes). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Prefix of every key, so several apps (or test runs) can share one Redis. */
  namespace?: string;
  /** For memory:// only: the backing Map, so tests can look inside. */
  map?: Map<string, unknown>;
}

export function storeKindOf(url: string): StoreKind {
  if (url.startsWith('memory:')) return 'memory';
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('redis:') || url.startsWith('rediss:')) return 'redis';
  throw new CodedError('misconfigured', 'STORE_URL must start with memory://, sqlite:// or redis://.', {
    context: { setting: 'STORE_URL' },
  });
}

export { sqlitePathOf } from './sqlite-kv.js';

async function createStore(url: string, namespace: string, map: Map<string, unknown> | undefined) {
  const kind = storeKindOf(url);
  if (kind === 'memory') {
    const { createMemoryStore } = await import('./memory-kv.js');
    return createMemoryStore(map);
  }
  if (kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite-kv.js');
    return openSqliteStore(url, namespace);
  }
  const { openRedisStore } = await import('./redis-kv.js');
  return openRedisStore(url, namespace);
}

/**
 * Opens the store and proves it works (one write and read), so a wrong STORE_URL fails at start with a
 * clear message instead of on the first user's message.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<KeyValueStore> {
  const { namespace = 'resume-coach', map } = options;
  const kind = storeKindOf(url);
  let store: KeyValueStore | null = null;
  try {
    store = await createStore(url, namespace, map);
    const probe = `probe:${process.pid}:${Date.now()}`;
    await store.set(probe, 1, 10_000);
    await store.get(probe);
    await store.delete([probe]);
  } catch (cause) {
    await store?.close().catch(() => undefined);
    if (cause instanceof CodedError) throw cause;
    const hint =
      kind === 'redis'
        ? ' Check the URL and that the Redis server is running.'
        : ' Check the path and that its folder is writable.';
    throw new CodedError('misconfigured', `cannot open the ${kind} store.${hint}`, {
      context: { setting: 'STORE_URL', store: kind },
      cause,
    });
  }
  return store;
}
