/**
 * A ReplyChannel that posts to the fake platform over HTTP, with an address, so a worker in another
 * process (or after a restart) can reopen it: what a real adapter's channel opener does with its API client.
 */
import { Agent, request } from 'node:http';
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

/** Keep-alive connections, as a platform client keeps them (and far cheaper per call than fetch). */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function call(base: string, path: string, payload: Record<string, unknown>): Promise<MessageRef> {
  const body = JSON.stringify(payload);
  return new Promise<MessageRef>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            const after = res.headers['retry-after'];
            reject(new PlatformError(status, typeof after === 'string' ? Number(after) * 1000 : undefined));
            return;
          }
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as MessageRef);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
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
