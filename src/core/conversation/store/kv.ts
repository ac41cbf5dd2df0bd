/**
 * One key-value store behind the one STORE_URL setting: memory:// (tests), sqlite://path (default for
 * `npm start`: a file, no server, survives a restart) or redis://… (several bot processes share state).
 * keyv does the work; this file only chooses and wraps the adapter.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv from 'keyv';
import { CodedError } from '../../errors.js';
import { log } from '../../log.js';

export type StoreKind = 'memory' | 'sqlite' | 'redis';

export interface KeyValueStore {
  readonly kind: StoreKind;
  get(key: string): Promise<unknown>;
  /** `ttlMs` undefined: no expiry. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
  /** Every key of this namespace with its value (tests and diagnostics; can be slow on big stores). */
  entries(): AsyncIterable<[string, unknown]>;
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

/** The file path of a sqlite:// URL, resolved against the working directory. */
export function sqlitePathOf(url: string): string {
  const path = url.replace(/^sqlite:\/\//, '');
  if (path === '' || path === ':memory:') return ':memory:';
  return resolve(path);
}

async function createKeyv(url: string, namespace: string, map: Map<string, unknown> | undefined): Promise<Keyv> {
  const kind = storeKindOf(url);
  if (kind === 'memory') return new Keyv({ store: map ?? new Map(), namespace, throwOnErrors: true });
  if (kind === 'sqlite') {
    const path = sqlitePathOf(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    return new Keyv({
      store: new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 5000 }),
      namespace,
      throwOnErrors: true,
    });
  }
  const { default: KeyvRedis } = await import('@keyv/redis');
  return new Keyv({
    store: new KeyvRedis(url, { throwOnConnectError: true, connectionTimeout: 3000 }),
    namespace,
    throwOnErrors: true,
  });
}

function wrap(keyv: Keyv, kind: StoreKind, namespace: string): KeyValueStore {
  return {
    kind,
    async get(key) {
      const value: unknown = await keyv.get(key);
      return value;
    },
    async set(key, value, ttlMs) {
      await keyv.set(key, value, ttlMs);
    },
    async delete(keys) {
      if (keys.length > 0) await keyv.delete([...keys]);
    },
    async *entries() {
      if (!keyv.iterator) return;
      const prefix = `${namespace}:`;
      for await (const pair of keyv.iterator(namespace)) {
        const [key, value] = pair as [unknown, unknown];
        if (typeof key !== 'string') continue;
        yield [key.startsWith(prefix) ? key.slice(prefix.length) : key, value];
      }
    },
    async close() {
      await keyv.disconnect();
    },
  };
}

/**
 * Opens the store and proves it works (one write and read), so a wrong STORE_URL fails at start with a
 * clear message instead of on the first user's message.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<KeyValueStore> {
  const { namespace = 'resume-coach', map } = options;
  const kind = storeKindOf(url);
  let keyv: Keyv | null = null;
  let opened = false;
  try {
    keyv = await createKeyv(url, namespace, map);
    // Connection errors while opening are summed up by the one error below, not logged one by one.
    keyv.on('error', (err: unknown) => {
      if (opened) log.warn({ store: kind, errName: err instanceof Error ? err.name : 'unknown' }, 'store error');
    });
    const probe = `probe:${process.pid}:${Date.now()}`;
    await keyv.set(probe, 1, 10_000);
    await keyv.get(probe);
    await keyv.delete(probe);
    opened = true;
  } catch (cause) {
    await keyv?.disconnect().catch(() => undefined);
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
  return wrap(keyv, kind, namespace);
}
