/**
 * Discord's message nonce (≤ 25 characters) for one part of a job's post: with `enforce_nonce` Discord
 * answers a repeated create with the message it already made, so a post retried after a crash (the
 * message landed, its journal record did not) is not doubled. Derived from the job's idempotency key by
 * hashing: the same key and part always give the same nonce, and it carries no ids.
 */
import { createHash } from 'node:crypto';

/** Discord refuses longer nonces. */
const NONCE_CHARS = 25;

export function nonceFor(idempotencyKey: string, part: number): string {
  return createHash('sha256').update(`${idempotencyKey}\u0000${part}`).digest('base64url').slice(0, NONCE_CHARS);
}

/** The create options that make Discord dedupe a message by its nonce (none without a key). */
export function nonceOptions(
  idempotencyKey: string | undefined,
  part: number,
): { nonce: string; enforceNonce: true } | Record<string, never> {
  return idempotencyKey === undefined ? {} : { nonce: nonceFor(idempotencyKey, part), enforceNonce: true };
}
