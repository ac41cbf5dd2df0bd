/**
 * A ReplyChannel that posts to the fake platform over HTTP, with an address, so a worker in another
 * process (or after a restart) can reopen it: what a real adapter's channel opener does with its API client.
 */
import type { MessageRef, Progress, ReplyChannel } from '../../../src/core/conversation/types.js';
import type { ChannelOpener } from '../../../src/core/queue/directory.js';

export interface FakePlace {
  [key: string]: string | null;
  conversationId: string;
  threadId: string | null;
  replyTo: string | null;
}

export class PlatformError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`fake platform answered ${status}`);
    this.name = 'PlatformError';
  }
}

async function call(base: string, path: string, payload: Record<string, unknown>): Promise<MessageRef> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!res.ok) {
    const after = res.headers.get('retry-after');
    await res.body?.cancel();
    throw new PlatformError(res.status, after === null ? undefined : Number(after) * 1000);
  }
  return (await res.json()) as MessageRef;
}

export function httpChannel(base: string, place: FakePlace): ReplyChannel {
  const post = (payload: Record<string, unknown>) =>
    call(base, '/post', { conversationId: place.conversationId, threadId: place.threadId, ...payload });
  return {
    maxDownloadBytes: 10_000_000,
    ephemeral: false,
    address: { platform: 'fake', place: { ...place } },
    async send(message, options = {}) {
      return post({
        kind: message.kind,
        title: message.title,
        replyTo: options.replyTo === undefined ? place.replyTo : options.replyTo,
        key: options.idempotencyKey ?? null,
      });
    },
    async thread(on) {
      return httpChannel(base, { ...place, threadId: place.threadId ?? on.messageId, replyTo: null });
    },
    async sendPrivate(message) {
      await post({ kind: message.kind, title: message.title, private: true });
    },
    async progress(text): Promise<Progress> {
      const ref = await post({ kind: 'progress', title: text });
      let done = false;
      return {
        ref,
        async update() {},
        async done() {
          if (done) return;
          done = true;
          await call(base, '/remove', { messageId: ref.messageId });
        },
      };
    },
    async remove(ref) {
      await call(base, '/remove', { messageId: ref.messageId });
    },
  };
}

export function fakeOpener(base: string): ChannelOpener {
  return (place) => {
    const { conversationId, threadId, replyTo } = place;
    if (typeof conversationId !== 'string') return null;
    return httpChannel(base, {
      conversationId,
      threadId: typeof threadId === 'string' ? threadId : null,
      replyTo: typeof replyTo === 'string' ? replyTo : null,
    });
  };
}
