/**
 * memory:// — one process, no server (tests, the console). JavaScript runs each operation to completion
 * without interleaving, so every method is atomic as written.
 */
import type { IndexedWrite, KeyValueStore, ScoredMember, SlotDecision } from './kv-types.js';
import { leaseOf, leaseStateOf, SETTLED_MARK } from './lease.js';

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

  const owns = (key: string, owner: string): boolean => leaseOf(live(key)?.value)?.owner === owner;
  const scoresOf = (indexKey: string): Record<string, number> => {
    const value = live(indexKey)?.value;
    return typeof value === 'object' && value !== null ? (value as Record<string, number>) : {};
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
    async setGuarded(key, value, ttlMs, guard, onlyIfAbsent) {
      if (live(guard.key)?.value !== guard.value) return 'fenced';
      if (onlyIfAbsent && live(key) !== undefined) return 'exists';
      put(key, value, ttlMs);
      return 'written';
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
      if (recent.some(([id]) => id === slotId)) return { allowed: true, used: recent.length, oldestAt: null };
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
    async acquireLease(key, owner, now, leaseMs, keepMs) {
      const state = leaseStateOf(live(key)?.value, now);
      if (state !== 'free') return state;
      put(key, { owner, expires: now + leaseMs }, keepMs);
      return 'acquired';
    },
    async renewLease(key, owner, now, leaseMs, keepMs) {
      if (!owns(key, owner)) return false;
      put(key, { owner, expires: now + leaseMs }, keepMs);
      return true;
    },
    async settleLease(key, owner, ttlMs) {
      if (!owns(key, owner)) return false;
      put(key, SETTLED_MARK, ttlMs);
      return true;
    },
    async releaseLease(key, owner) {
      if (owns(key, owner)) map.delete(key);
    },
    async leaseState(key, now) {
      return leaseStateOf(live(key)?.value, now);
    },
    async setScore(indexKey, member, score) {
      put(indexKey, { ...scoresOf(indexKey), [member]: score }, undefined);
    },
    async scoredUpTo(indexKey, maxScore, limit): Promise<ScoredMember[]> {
      return Object.entries(scoresOf(indexKey))
        .filter(([, score]) => score <= maxScore)
        .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([member, score]) => ({ member, score }));
    },
    async removeScored(indexKey, members) {
      const scores = { ...scoresOf(indexKey) };
      for (const member of members) delete scores[member];
      if (Object.keys(scores).length === 0) map.delete(indexKey);
      else put(indexKey, scores, undefined);
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
