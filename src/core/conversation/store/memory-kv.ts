/**
 * memory:// — one process, no server (tests, the console). JavaScript runs each operation to completion
 * without interleaving, so every method is atomic as written.
 */
import type { IndexedWrite, KeyValueStore, SlotDecision } from './kv-types.js';

interface Entry {
  value: unknown;
  expiresAt: number | null;
}

const isEntry = (v: unknown): v is Entry => typeof v === 'object' && v !== null && 'value' in v && 'expiresAt' in v;

export function createMemoryStore(map: Map<string, unknown> = new Map()): KeyValueStore {
  const live = (key: string): Entry | undefined => {
    const entry = map.get(key);
    if (!isEntry(entry)) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      map.delete(key);
      return undefined;
    }
    return entry;
  };
  const put = (key: string, value: unknown, ttlMs: number | undefined): void => {
    map.set(key, { value: structuredClone(value), expiresAt: ttlMs === undefined ? null : Date.now() + ttlMs });
  };
  const indexOf = (indexKey: string): Record<string, string> => {
    const value = live(indexKey)?.value;
    return typeof value === 'object' && value !== null ? { ...(value as Record<string, string>) } : {};
  };

  const listOf = (key: string): unknown[] => {
    const value = live(key)?.value;
    return Array.isArray(value) ? (value as unknown[]) : [];
  };

  return {
    kind: 'memory',
    async get(key) {
      const entry = live(key);
      return entry === undefined ? undefined : structuredClone(entry.value);
    },
    async set(key, value, ttlMs) {
      put(key, value, ttlMs);
    },
    async delete(keys) {
      for (const key of keys) map.delete(key);
    },
    async setIfAbsent(key, value, ttlMs) {
      if (live(key) !== undefined) return false;
      put(key, value, ttlMs);
      return true;
    },
    async writeIndexed(indexKey: string, writes: readonly IndexedWrite[], ttlMs: number) {
      const index = indexOf(indexKey);
      for (const w of writes) index[w.key] = w.tag;
      put(indexKey, index, ttlMs);
      for (const w of writes) put(w.key, w.value, ttlMs);
    },
    async deleteIndexed(indexKey) {
      const found: { key: string; tag: string }[] = [];
      for (const [key, tag] of Object.entries(indexOf(indexKey))) {
        if (live(key) !== undefined) found.push({ key, tag });
        map.delete(key);
      }
      map.delete(indexKey);
      return found;
    },
    async takeSlot(key, slotId, at, limit, windowMs): Promise<SlotDecision> {
      const slots = (live(key)?.value as Record<string, number> | undefined) ?? {};
      const recent = Object.entries(slots).filter(([, t]) => t > at - windowMs && t <= at);
      if (recent.length >= limit)
        return { allowed: false, used: recent.length, oldestAt: Math.min(...recent.map(([, t]) => t)) };
      put(key, Object.fromEntries([...recent, [slotId, at]]), windowMs);
      return { allowed: true, used: recent.length + 1, oldestAt: null };
    },
    async releaseSlot(key, slotId) {
      const entry = live(key);
      if (entry === undefined) return;
      const slots = { ...(entry.value as Record<string, number>) };
      delete slots[slotId];
      entry.value = slots;
    },
    async appendList(key, item, ttlMs) {
      const list = [...listOf(key), structuredClone(item)];
      map.set(key, { value: list, expiresAt: Date.now() + ttlMs });
      return list.length;
    },
    async readList(key) {
      return structuredClone(listOf(key));
    },
    async takeList(key) {
      const list = listOf(key);
      map.delete(key);
      return list;
    },
    async *entries() {
      for (const key of [...map.keys()]) {
        const entry = live(key);
        if (entry !== undefined) yield [key, structuredClone(entry.value)];
      }
    },
    async ping() {},
    async close() {},
  };
}
