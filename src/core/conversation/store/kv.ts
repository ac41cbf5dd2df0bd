/**
 * One key-value store behind the one STORE_URL setting: memory:// (tests), sqlite://path (default for
 * `npm start`: a file, no server, survives a restart) or redis://… (several bot processes share state).
 * Besides get/set, every backend offers the few ATOMIC operations the conversation store needs, so that
 * several processes sharing one store can never lose an index entry or count a check twice:
 * set-if-absent (de-duplication), an indexed write / indexed delete (a user's keys and `/forget`) and a
 * sliding-window slot (the rate limit). Redis does them with MULTI and Lua, SQLite with transactions.
 */
import { CodedError } from '../../errors.js';

import type { KeyValueStore, StoreKind } from './kv-types.js';

export type { KeyValueStore, StoreKind } from './kv-types.js';

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
