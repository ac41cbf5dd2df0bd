/**
 * Leases in the key-value store (kv-types.ts: acquireLease … leaseState): a key holds either a lease
 * `{owner, expires}` (someone is working on it until `expires`, by the caller's clock) or a settled mark
 * (the work finished; every other value, the `1` of older "seen" marks included). Every backend decides
 * with these two helpers, so memory, SQLite and Redis agree on what a stored value means.
 */
import { z } from 'zod';

const leaseSchema = z.object({ owner: z.string(), expires: z.number() });
export type Lease = z.infer<typeof leaseSchema>;

/** What is stored for a settled key (a number: never mistaken for a lease). */
export const SETTLED_MARK = 1;

export function leaseOf(value: unknown): Lease | null {
  const parsed = leaseSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The state of a stored value at `now` (undefined: nothing stored). */
export function leaseStateOf(value: unknown, now: number): 'free' | 'held' | 'settled' {
  if (value === undefined || value === null) return 'free';
  const lease = leaseOf(value);
  if (lease === null) return 'settled';
  return lease.expires > now ? 'held' : 'free';
}
