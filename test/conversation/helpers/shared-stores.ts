/**
 * Two handles on one store, as two bot processes have: a shared memory map, two connections to one SQLite
 * file, and (when REDIS_URL is set) two connections to one Redis under a namespace of the test's own.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openStore } from '../../../src/core/conversation/store/kv.js';
import type { KeyValueStore } from '../../../src/core/conversation/store/kv-types.js';

export const REDIS_URL = process.env.REDIS_URL;

export type OpenPair = () => Promise<readonly [KeyValueStore, KeyValueStore]>;

/** Each backend's pair; Redis is listed always and skipped by the caller when `skip` (REDIS_URL unset). */
export function sharedStores(tmp: string): { name: string; open: OpenPair; skip: boolean }[] {
  const pairs: Record<string, OpenPair> = {
    memory: async () => {
      const map = new Map<string, unknown>();
      return [await openStore('memory://', { map }), await openStore('memory://', { map })] as const;
    },
    sqlite: async () => {
      const url = `sqlite://${join(tmp, `${randomUUID()}.sqlite`)}`;
      return [await openStore(url), await openStore(url)] as const;
    },
  };
  pairs.redis = async () => {
    const namespace = `rc-test-${randomUUID()}`;
    const url = REDIS_URL ?? '';
    return [await openStore(url, { namespace }), await openStore(url, { namespace })] as const;
  };
  return Object.entries(pairs).map(([name, open]) => ({ name, open, skip: name === 'redis' && !REDIS_URL }));
}
