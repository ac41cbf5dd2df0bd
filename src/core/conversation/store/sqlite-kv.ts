/**
 * sqlite://path — the default for `npm start`: a file, no server, survives a restart. Several processes
 * may open the same file: every read-modify-write runs in a `BEGIN IMMEDIATE` transaction (SQLite's
 * write lock, waited for up to the busy timeout), and inside one process the transactions are queued on
 * the one connection so their statements never interleave.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sqlite3 from 'sqlite3';
import type { IndexedWrite, KeyValueStore, ScoredMember, SlotDecision } from './kv-types.js';
import { leaseOf, leaseStateOf, SETTLED_MARK } from './lease.js';

const TABLE = 'resume_coach_kv';
/** Sorted indexes (setScore, scoredUpTo): one row per member, read in score order with a LIMIT. */
const SCORES = 'resume_coach_scores';

/** The file path of a sqlite:// URL, resolved against the working directory. */
export function sqlitePathOf(url: string): string {
  const path = url.replace(/^sqlite:\/\//, '');
  if (path === '' || path === ':memory:') return ':memory:';
  return resolve(path);
}

interface Row {
  value: string;
  expires: number | null;
}

class Db {
  private tail: Promise<unknown> = Promise.resolve();
  constructor(private readonly db: sqlite3.Database) {}

  static open(path: string): Promise<Db> {
    return new Promise((resolveOpen, reject) => {
      const db = new sqlite3.Database(path, (err) => (err ? reject(err) : resolveOpen(new Db(db))));
    });
  }

  run(sql: string, params: unknown[] = []): Promise<number> {
    return new Promise((ok, fail) => {
      this.db.run(sql, params, function done(err) {
        if (err) fail(err);
        else ok(this.changes);
      });
    });
  }

  all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((ok, fail) => {
      this.db.all(sql, params, (err, rows) => (err ? fail(err) : ok(rows as T[])));
    });
  }

  configure(busyMs: number): void {
    this.db.configure('busyTimeout', busyMs);
  }

  /** Runs `fn` alone on this connection (a queue), inside BEGIN IMMEDIATE … COMMIT when `write`. */
  exclusive<T>(fn: () => Promise<T>, write: boolean): Promise<T> {
    const run = async (): Promise<T> => {
      if (!write) return fn();
      await this.run('BEGIN IMMEDIATE');
      try {
        const result = await fn();
        await this.run('COMMIT');
        return result;
      } catch (err) {
        await this.run('ROLLBACK').catch(() => undefined);
        throw err;
      }
    };
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => undefined);
    return next;
  }

  close(): Promise<void> {
    return new Promise((ok, fail) => this.db.close((err) => (err ? fail(err) : ok())));
  }
}

export async function openSqliteStore(url: string, namespace: string): Promise<KeyValueStore> {
  const path = sqlitePathOf(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = await Db.open(path);
  db.configure(5000);
  await db.run('PRAGMA journal_mode = WAL').catch(() => undefined);
  await db.run(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, expires INTEGER, PRIMARY KEY (ns, key))`,
  );
  await db.run(
    `CREATE TABLE IF NOT EXISTS ${SCORES} (ns TEXT NOT NULL, idx TEXT NOT NULL, member TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (ns, idx, member))`,
  );
  await db.run(`CREATE INDEX IF NOT EXISTS ${SCORES}_by_score ON ${SCORES} (ns, idx, score)`);
  await db.run(`DELETE FROM ${TABLE} WHERE expires IS NOT NULL AND expires <= ?`, [Date.now()]);
  // Data of the earlier keyv-based layout could no longer be found by /forget: remove it.
  const legacy = await db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'keyv'",
  );
  if (legacy.length > 0) await db.run('DELETE FROM keyv WHERE key LIKE ?', [`${namespace}:%`]);

  const now = () => Date.now();
  const expiresOf = (ttlMs: number | undefined) => (ttlMs === undefined ? null : now() + ttlMs);
  const read = async (key: string): Promise<unknown> => {
    const rows = await db.all<Row>(`SELECT value, expires FROM ${TABLE} WHERE ns = ? AND key = ?`, [namespace, key]);
    const row = rows[0];
    if (!row || (row.expires !== null && row.expires <= now())) return undefined;
    return JSON.parse(row.value) as unknown;
  };
  const write = (key: string, value: unknown, ttlMs: number | undefined) =>
    db.run(`INSERT OR REPLACE INTO ${TABLE} (ns, key, value, expires) VALUES (?, ?, ?, ?)`, [
      namespace,
      key,
      JSON.stringify(value),
      expiresOf(ttlMs),
    ]);
  const remove = (key: string) => db.run(`DELETE FROM ${TABLE} WHERE ns = ? AND key = ?`, [namespace, key]);
  const record = async (key: string): Promise<Record<string, unknown>> => {
    const value = await read(key);
    return typeof value === 'object' && value !== null ? { ...(value as Record<string, unknown>) } : {};
  };

  const owns = async (key: string, owner: string): Promise<boolean> => leaseOf(await read(key))?.owner === owner;

  return {
    kind: 'sqlite',
    get: (key) => db.exclusive(() => read(key), false),
    set: (key, value, ttlMs) => db.exclusive(() => write(key, value, ttlMs).then(() => undefined), false),
    delete: (keys) =>
      db.exclusive(async () => {
        for (const key of keys) await remove(key);
      }, keys.length > 1),
    setIfAbsent: (key, value, ttlMs) =>
      db.exclusive(async () => {
        if ((await read(key)) !== undefined) return false;
        await write(key, value, ttlMs);
        return true;
      }, true),
    setGuarded: (key, value, ttlMs, guard, onlyIfAbsent) =>
      db.exclusive(async (): Promise<'written' | 'exists' | 'fenced'> => {
        if ((await read(guard.key)) !== guard.value) return 'fenced';
        if (onlyIfAbsent && (await read(key)) !== undefined) return 'exists';
        await write(key, value, ttlMs);
        return 'written';
      }, true),
    writeIndexed: (indexKey: string, writes: readonly IndexedWrite[], ttlMs: number) =>
      db.exclusive(async () => {
        const index = await record(indexKey);
        for (const w of writes) index[w.key] = w.tag;
        await write(indexKey, index, ttlMs);
        for (const w of writes) await write(w.key, w.value, ttlMs);
      }, true),
    deleteIndexed: (indexKey) =>
      db.exclusive(async () => {
        const found: { key: string; tag: string }[] = [];
        for (const [key, tag] of Object.entries(await record(indexKey))) {
          if ((await read(key)) !== undefined) found.push({ key, tag: String(tag) });
          await remove(key);
        }
        await remove(indexKey);
        return found;
      }, true),
    takeSlot: (key, slotId, at, limit, windowMs) =>
      db.exclusive(async (): Promise<SlotDecision> => {
        const recent = Object.entries(await record(key)).filter(
          (e): e is [string, number] => typeof e[1] === 'number' && e[1] > at - windowMs && e[1] <= at,
        );
        if (recent.some(([id]) => id === slotId)) return { allowed: true, used: recent.length, oldestAt: null };
        if (recent.length >= limit)
          return { allowed: false, used: recent.length, oldestAt: Math.min(...recent.map(([, t]) => t)) };
        await write(key, Object.fromEntries([...recent, [slotId, at]]), windowMs);
        return { allowed: true, used: recent.length + 1, oldestAt: null };
      }, true),
    releaseSlot: (key, slotId) =>
      db.exclusive(async () => {
        const rows = await db.all<Row>(`SELECT value, expires FROM ${TABLE} WHERE ns = ? AND key = ?`, [
          namespace,
          key,
        ]);
        const row = rows[0];
        if (!row) return;
        const slots = JSON.parse(row.value) as Record<string, number>;
        delete slots[slotId];
        await db.run(`UPDATE ${TABLE} SET value = ? WHERE ns = ? AND key = ?`, [JSON.stringify(slots), namespace, key]);
      }, true),
    appendList: (key, item, ttlMs) =>
      db.exclusive(async () => {
        const value = await read(key);
        const list = [...(Array.isArray(value) ? value : []), item];
        await write(key, list, ttlMs);
        return list.length;
      }, true),
    readList: (key) =>
      db.exclusive(async () => {
        const value = await read(key);
        return Array.isArray(value) ? (value as unknown[]) : [];
      }, false),
    takeList: (key) =>
      db.exclusive(async () => {
        const value = await read(key);
        await remove(key);
        return Array.isArray(value) ? (value as unknown[]) : [];
      }, true),
    acquireLease: (key, owner, now, leaseMs, keepMs) =>
      db.exclusive(async () => {
        const state = leaseStateOf(await read(key), now);
        if (state !== 'free') return state;
        await write(key, { owner, expires: now + leaseMs }, Math.max(keepMs, leaseMs));
        return 'acquired' as const;
      }, true),
    renewLease: (key, owner, now, leaseMs, keepMs) =>
      db.exclusive(async () => {
        if (!(await owns(key, owner))) return false;
        await write(key, { owner, expires: now + leaseMs }, Math.max(keepMs, leaseMs));
        return true;
      }, true),
    settleLease: (key, owner, ttlMs) =>
      db.exclusive(async () => {
        if (!(await owns(key, owner))) return false;
        await write(key, SETTLED_MARK, ttlMs);
        return true;
      }, true),
    releaseLease: (key, owner) =>
      db.exclusive(async () => {
        if (await owns(key, owner)) await remove(key);
      }, true),
    leaseState: (key, now) => db.exclusive(async () => leaseStateOf(await read(key), now), false),
    setScore: (indexKey, member, score) =>
      db
        .exclusive(
          () =>
            db.run(`INSERT OR REPLACE INTO ${SCORES} (ns, idx, member, score) VALUES (?, ?, ?, ?)`, [
              namespace,
              indexKey,
              member,
              score,
            ]),
          false,
        )
        .then(() => undefined),
    scoredUpTo: (indexKey, maxScore, limit) =>
      db.exclusive(
        (): Promise<ScoredMember[]> =>
          db.all<ScoredMember>(
            `SELECT member, score FROM ${SCORES} WHERE ns = ? AND idx = ? AND score <= ? ORDER BY score, member LIMIT ?`,
            [namespace, indexKey, maxScore, limit],
          ),
        false,
      ),
    removeScored: (indexKey, members) =>
      db.exclusive(async () => {
        for (const member of members)
          await db.run(`DELETE FROM ${SCORES} WHERE ns = ? AND idx = ? AND member = ?`, [namespace, indexKey, member]);
      }, members.length > 1),
    async *entries() {
      const rows = await db.exclusive(
        () =>
          db.all<{ key: string; value: string; expires: number | null }>(
            `SELECT key, value, expires FROM ${TABLE} WHERE ns = ?`,
            [namespace],
          ),
        false,
      );
      for (const row of rows)
        if (row.expires === null || row.expires > now()) yield [row.key, JSON.parse(row.value) as unknown];
    },
    ping: () => db.exclusive(() => db.all('SELECT 1').then(() => undefined), false),
    close: () => db.exclusive(() => db.close(), false),
  };
}
