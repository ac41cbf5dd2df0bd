/**
 * chat.postMessage at most once per marked part, even when a call fails after Slack had posted it (a 500,
 * a timeout, a dropped connection). Every post carries a metadata marker (its job step, or a fresh key);
 * a failed call that may have landed is followed by a look for that marker before posting again, and a
 * 429 waits out its Retry-After for this message only (the web client's own retries would post twice,
 * and its rate-limit pause stalls every channel). With `attempts: 0` a failure is thrown at once (queue
 * workers: the job's retry resumes from the journal and the markers).
 */
import type { SlackApi, PostMarker } from './api.js';
import type { SlackMessage } from './render.js';

export interface PostRetry {
  /** Further attempts after a failed one. */
  attempts: number;
  /** Wait before the first retry of a failure that is not a 429 (doubles each time). */
  backoffMs: number;
}

export const NO_POST_RETRY: PostRetry = { attempts: 0, backoffMs: 0 };

interface FailureFacts {
  code?: unknown;
  statusCode?: unknown;
  retryAfter?: unknown;
}

/** How to go on after a failed post: null = give up (the platform refused it: nothing was posted). */
function retryOf(err: unknown, backoffMs: number): { waitMs: number; mayHaveLanded: boolean } | null {
  if (typeof err !== 'object' || err === null) return null;
  const { code, statusCode, retryAfter } = err as FailureFacts;
  if (code === 'slack_webapi_rate_limited_error')
    return { waitMs: typeof retryAfter === 'number' ? retryAfter * 1000 : backoffMs, mayHaveLanded: false };
  if (code === 'slack_webapi_request_error') return { waitMs: backoffMs, mayHaveLanded: true };
  if (code === 'slack_webapi_http_error' && typeof statusCode === 'number' && statusCode >= 500)
    return { waitMs: backoffMs, mayHaveLanded: true };
  return null;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function postOnce(
  api: SlackApi,
  args: { channel: string; threadTs: string | null; message: SlackMessage; marker: PostMarker },
  retry: PostRetry,
): Promise<string> {
  let backoff = retry.backoffMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await api.postMessage(args);
    } catch (err) {
      const next = retryOf(err, backoff);
      if (next === null || attempt >= retry.attempts) throw err;
      await pause(next.waitMs);
      backoff *= 2;
      if (next.mayHaveLanded) {
        const found = await api
          .findMarked({ channel: args.channel, threadTs: args.threadTs, key: args.marker.key })
          .catch(() => new Map<number, string>());
        const ts = found.get(args.marker.part);
        if (ts !== undefined) return ts;
      }
    }
  }
}
