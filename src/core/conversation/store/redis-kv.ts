/**
 * redis://… — several bot processes and workers share state. Keys are `<namespace>:<key>` (one prefix).
 * The atomic operations are a MULTI (indexed write: the index is a hash of key → kind) and Lua scripts
 * (indexed delete, the rate-limit window as a sorted set), so a `/forget` in one process and a save in
 * another can never interleave. The scripts touch keys named in the index (fine on one Redis server;
 * a Redis Cluster would need the user's keys in one hash slot).
 */
import { createClient, type RedisClientType } from '@redis/client';
import type { IndexedWrite, KeyValueStore, LeaseState, ScoredMember, SlotDecision } from './kv-types.js';
import { leaseStateOf, SETTLED_MARK } from './lease.js';

// The client as createClient() builds it: no modules, functions or scripts, RESP2. `{}` is node-redis's own spelling
// of "none" in these generics; every other type breaks assignability with createClient()'s result.
// biome-ignore lint/complexity/noBannedTypes: see above
export type RedisClient = RedisClientType<{}, {}, {}, 2, {}>;

const DELETE_INDEXED = `
local listed = redis.call('HGETALL', KEYS[1])
local found = {}
for i = 1, #listed, 2 do
  local key = ARGV[1] .. listed[i]
  if redis.call('EXISTS', key) == 1 then
    found[#found + 1] = listed[i]
    found[#found + 1] = listed[i + 1]
  end
  redis.call('DEL', key)
end
redis.call('DEL', KEYS[1])
return found`;

const TAKE_SLOT = `
local at = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', at - window)
local used = redis.call('ZCOUNT', KEYS[1], '-inf', at)
if redis.call('ZSCORE', KEYS[1], ARGV[4]) then return {1, used, '0'} end
if used >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, used, oldest[2] or '0'}
end
redis.call('ZADD', KEYS[1], at, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return {1, used + 1, '0'}`;

// Leases (./lease.ts): a JSON object {owner, expires} is a lease, every other value a settled mark.
const LEASE_OF = `
local function lease(raw)
  if not raw then return nil end
  local ok, v = pcall(cjson.decode, raw)
  if ok and type(v) == 'table' and type(v.owner) == 'string' and type(v.expires) == 'number' then return v end
  return false
end`;

// ARGV: the new lease (JSON), now, keep ms.
const ACQUIRE_LEASE = `${LEASE_OF}
local current = lease(redis.call('GET', KEYS[1]))
if current == false then return 'settled' end
if current and current.expires > tonumber(ARGV[2]) then return 'held' end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 'acquired'`;

// ARGV: owner, the value to write, its TTL in ms ('' with a value '': delete).
const IF_OWNER = `${LEASE_OF}
local current = lease(redis.call('GET', KEYS[1]))
if not current or current.owner ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`;

// KEYS: the key, the guard's key. ARGV: the guard's value (JSON), the value (JSON), TTL ms, '1' = only if absent.
const SET_GUARDED = `
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 'fenced' end
if ARGV[4] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return 'exists' end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 'written'`;

/** Connects with a bounded first attempt (a wrong URL fails at start), then reconnects with back-off. */
export async function connectRedis(url: string, name: string): Promise<RedisClient> {
  let connected = false;
  const client = createClient({
    url,
    name,
    socket: {
      connectTimeout: 3000,
      reconnectStrategy: (retries: number) => (connected ? Math.min(200 * 2 ** retries, 5000) : false),
    },
  });
  client.on('error', () => undefined); // surfaced through failing commands and readiness, not logged per retry
  await client.connect();
  connected = true;
  return client;
}

export async function openRedisStore(url: string, namespace: string): Promise<KeyValueStore> {
  const client = await connectRedis(url, 'resume-coach-store');
  const prefix = `${namespace}:`;
  const full = (key: string) => `${prefix}${key}`;
  const parse = (raw: string | null): unknown => (raw === null ? undefined : (JSON.parse(raw) as unknown));

  return {
    kind: 'redis',
    async get(key) {
      return parse(await client.get(full(key)));
    },
    async set(key, value, ttlMs) {
      if (ttlMs === undefined) await client.set(full(key), JSON.stringify(value));
      else
        await client.set(full(key), JSON.stringify(value), { expiration: { type: 'PX', value: Math.max(1, ttlMs) } });
    },
    async delete(keys) {
      if (keys.length > 0) await client.del(keys.map(full));
    },
    async setIfAbsent(key, value, ttlMs) {
      const reply = await client.set(full(key), JSON.stringify(value), {
        condition: 'NX',
        expiration: { type: 'PX', value: Math.max(1, ttlMs) },
      });
      return reply === 'OK';
    },
    async setGuarded(key, value, ttlMs, guard, onlyIfAbsent) {
      const reply = await client.eval(SET_GUARDED, {
        keys: [full(key), full(guard.key)],
        arguments: [
          JSON.stringify(guard.value),
          JSON.stringify(value),
          String(Math.max(1, ttlMs)),
          onlyIfAbsent ? '1' : '',
        ],
      });
      const state = String(reply);
      return state === 'written' || state === 'exists' ? state : 'fenced';
    },
    async writeIndexed(indexKey: string, writes: readonly IndexedWrite[], ttlMs: number) {
      if (writes.length === 0) return;
      const ttl = Math.max(1, ttlMs);
      const multi = client.multi();
      multi.hSet(full(indexKey), Object.fromEntries(writes.map((w) => [w.key, w.tag])));
      multi.pExpire(full(indexKey), ttl);
      for (const w of writes)
        multi.set(full(w.key), JSON.stringify(w.value), { expiration: { type: 'PX', value: ttl } });
      await multi.exec();
    },
    async deleteIndexed(indexKey) {
      const reply = (await client.eval(DELETE_INDEXED, { keys: [full(indexKey)], arguments: [prefix] })) as string[];
      const found: { key: string; tag: string }[] = [];
      for (let i = 0; i + 1 < reply.length; i += 2) found.push({ key: String(reply[i]), tag: String(reply[i + 1]) });
      return found;
    },
    async takeSlot(key, slotId, at, limit, windowMs): Promise<SlotDecision> {
      const reply = (await client.eval(TAKE_SLOT, {
        keys: [full(key)],
        arguments: [String(at), String(windowMs), String(limit), slotId],
      })) as [number, number, string];
      const [allowed, used, oldest] = reply;
      return { allowed: allowed === 1, used: Number(used), oldestAt: allowed === 1 ? null : Number(oldest) };
    },
    async releaseSlot(key, slotId) {
      await client.zRem(full(key), slotId);
    },
    async appendList(key, item, ttlMs) {
      const multi = client.multi();
      multi.rPush(full(key), JSON.stringify(item));
      multi.pExpire(full(key), Math.max(1, ttlMs));
      const [length] = (await multi.exec()) as unknown as [number];
      return Number(length);
    },
    async readList(key) {
      return (await client.lRange(full(key), 0, -1)).map((raw) => parse(raw));
    },
    async takeList(key) {
      // MULTI runs both at once: a part appended by another process lands before the read or after the delete.
      const multi = client.multi();
      multi.lRange(full(key), 0, -1);
      multi.del(full(key));
      const [items] = (await multi.exec()) as unknown as [string[]];
      return (items ?? []).map((raw) => parse(raw));
    },
    async acquireLease(key, owner, now, leaseMs, keepMs) {
      const lease = JSON.stringify({ owner, expires: now + leaseMs });
      const reply = await client.eval(ACQUIRE_LEASE, {
        keys: [full(key)],
        arguments: [lease, String(now), String(Math.max(1, keepMs, leaseMs))],
      });
      return String(reply) as LeaseState;
    },
    async renewLease(key, owner, now, leaseMs, keepMs) {
      const lease = JSON.stringify({ owner, expires: now + leaseMs });
      const reply = await client.eval(IF_OWNER, {
        keys: [full(key)],
        arguments: [owner, lease, String(Math.max(1, keepMs, leaseMs))],
      });
      return Number(reply) === 1;
    },
    async settleLease(key, owner, ttlMs) {
      const reply = await client.eval(IF_OWNER, {
        keys: [full(key)],
        arguments: [owner, JSON.stringify(SETTLED_MARK), String(Math.max(1, ttlMs))],
      });
      return Number(reply) === 1;
    },
    async releaseLease(key, owner) {
      await client.eval(IF_OWNER, { keys: [full(key)], arguments: [owner, '', '0'] });
    },
    async leaseState(key, now) {
      return leaseStateOf(parse(await client.get(full(key))), now);
    },
    async setScore(indexKey, member, score) {
      await client.zAdd(full(indexKey), { score, value: member });
    },
    async scoredUpTo(indexKey, maxScore, limit): Promise<ScoredMember[]> {
      const found = await client.zRangeByScoreWithScores(full(indexKey), '-inf', maxScore, {
        LIMIT: { offset: 0, count: limit },
      });
      return found.map(({ value, score }) => ({ member: String(value), score: Number(score) }));
    },
    async removeScored(indexKey, members) {
      if (members.length > 0) await client.zRem(full(indexKey), [...members]);
    },
    async *entries() {
      for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
        for (const raw of Array.isArray(batch) ? batch : [batch]) {
          const key = String(raw);
          const type = await client.type(key);
          const value =
            type === 'string'
              ? parse(await client.get(key))
              : type === 'hash'
                ? await client.hGetAll(key)
                : type === 'list'
                  ? (await client.lRange(key, 0, -1)).map((raw) => parse(raw))
                  : type === 'zset'
                    ? Object.fromEntries(
                        (await client.zRangeWithScores(key, 0, -1)).map(({ value, score }) => [String(value), score]),
                      )
                    : type;
          yield [key.slice(prefix.length), value];
        }
      }
    },
    async ping() {
      await client.ping();
    },
    async close() {
      await client.close();
    },
  };
}
