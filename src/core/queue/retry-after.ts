/**
 * How long a platform asked us to wait (HTTP 429 and friends), read from the shapes the libraries throw:
 * `retryAfterMs` (ours), Slack's WebClient `retryAfter` (seconds), grammY's `parameters.retry_after`
 * (seconds), discord.js's `retryAfter` (ms) on a rate-limit error. Null when the error says nothing.
 */
import { z } from 'zod';

const shapes = z.object({
  retryAfterMs: z.number().optional(),
  retryAfter: z.number().optional(),
  name: z.string().optional(),
  parameters: z.object({ retry_after: z.number().optional() }).optional(),
});

const MAX_WAIT_MS = 10 * 60_000;

export function retryAfterMsOf(err: unknown): number | null {
  if (typeof err !== 'object' || err === null) return null;
  const parsed = shapes.safeParse(err);
  if (!parsed.success) return null;
  const { retryAfterMs, retryAfter, name, parameters } = parsed.data;
  const ms =
    retryAfterMs ??
    (parameters?.retry_after !== undefined ? parameters.retry_after * 1000 : undefined) ??
    (retryAfter !== undefined ? (name === 'RateLimitError' ? retryAfter : retryAfter * 1000) : undefined);
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return null;
  return Math.min(ms, MAX_WAIT_MS);
}

/** Exponential back-off with a cap; a platform's retry-after wins when it asks for longer. */
export function backoffMs(attemptsMade: number, baseMs: number, err: unknown): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 60_000);
  const asked = retryAfterMsOf(err);
  return asked === null ? exponential : Math.max(asked, Math.min(exponential, baseMs));
}
