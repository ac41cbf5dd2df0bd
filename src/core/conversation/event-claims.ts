/**
 * Each platform event is handled once across processes and restarts: before its handler runs the event is
 * CLAIMED (a lease with an owner token, SET NX-style, atomic in every store), the lease is renewed while the
 * handler runs, and only when the handler finished does the claim become a long-lived "handled" mark.
 * A redelivery while a live claim exists is dropped (another process, or this one, has it in hand); once
 * the lease expired without a handled mark (the process died mid-handler) the next delivery handles it.
 * A handler that throws gives its claim back at once, so a redelivery need not wait for the lease.
 */
import { randomUUID } from 'node:crypto';
import type { ConversationStore } from './store/conversation-store.js';

/** Runs `fn` every `ms` until the returned function is called (tests pass a manual one that awaits `fn`). */
export type Repeat = (fn: () => Promise<unknown>, ms: number) => () => void;

export const realRepeat: Repeat = (fn, ms) => {
  const timer = setInterval(() => void fn(), ms);
  timer.unref?.();
  return () => clearInterval(timer);
};

/** What became of a delivery: handled here, dropped (another live claim), or dropped (handled before). */
export type ClaimOutcome = 'handled' | 'held' | 'settled';

export interface EventClaimsOptions {
  store: Pick<ConversationStore, 'claimEvent' | 'renewEvent' | 'settleEvent' | 'releaseEvent'>;
  now: () => number;
  leaseMs: number;
  repeat?: Repeat;
}

export type RunClaimed = (platform: string, eventId: string, handler: () => Promise<void>) => Promise<ClaimOutcome>;

export function eventClaims(options: EventClaimsOptions): RunClaimed {
  const { store, now, leaseMs, repeat = realRepeat } = options;
  // Renewed three times per lease: one late renewal (a busy event loop, a slow store) does not lose it.
  const renewEvery = Math.max(1, Math.floor(leaseMs / 3));
  return async (platform, eventId, handler) => {
    const owner = randomUUID();
    const state = await store.claimEvent(platform, eventId, owner, now(), leaseMs);
    if (state !== 'acquired') return state;
    // A failed renewal is retried by the next tick; a lost lease means another process took it over.
    const stop = repeat(
      () => store.renewEvent(platform, eventId, owner, now(), leaseMs).catch(() => false),
      renewEvery,
    );
    try {
      await handler();
    } catch (err) {
      stop();
      await store.releaseEvent(platform, eventId, owner).catch(() => undefined);
      throw err;
    }
    stop();
    // Not settled (the store failed): the lease runs out and a redelivery is handled again.
    await store.settleEvent(platform, eventId, owner).catch(() => false);
    return 'handled';
  };
}
