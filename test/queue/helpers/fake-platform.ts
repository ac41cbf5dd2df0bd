/**
 * A fake chat platform on 127.0.0.1 for the queue tests: POST /post records a message (and returns its
 * id), POST /remove deletes one. Like Discord's nonce, a post that repeats an idempotency key returns the
 * first post's id without posting again. Faults can be queued for the next posts: a 429 with
 * Retry-After, or a 500 sent AFTER the message was recorded (the platform posted, the client saw a failure).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Posted {
  messageId: string;
  conversationId: string;
  threadId: string | null;
  replyTo: string | null;
  kind: string;
  title: string;
  private: boolean;
  key: string | null;
  removed: boolean;
}

/** A fault for the next post of `kind` (any post when absent). */
export type Fault = ({ status: 429; retryAfterS: number } | { status: 500; afterPost: true }) & { kind?: string };

export interface FakePlatform {
  readonly url: string;
  readonly posts: Posted[];
  /** Attempts refused with 429 / answered 500 after posting, and repeats dropped by key. */
  readonly counts: { rateLimited: number; failedAfterPost: number; keyRepeats: number };
  fault(fault: Fault, times?: number): void;
  /** Resolves once `predicate` holds (checked after every post, and every 10 ms for state kept elsewhere). */
  until(predicate: (posts: readonly Posted[]) => boolean): Promise<void>;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** `latencyMs`: how long the platform takes to answer each call (a real API is not instant). */
export async function startFakePlatform(options: { latencyMs?: number } = {}): Promise<FakePlatform> {
  const posts: Posted[] = [];
  const byKey = new Map<string, Posted>();
  const byId = new Map<string, Posted>();
  const faults: Fault[] = [];
  const counts = { rateLimited: 0, failedAfterPost: 0, keyRepeats: 0 };
  const waiters: { predicate: (p: readonly Posted[]) => boolean; resolve: () => void }[] = [];
  let seq = 0;
  const check = () => {
    for (const w of [...waiters])
      if (w.predicate(posts)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  const server: Server = createServer((req, res) => {
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    body(req)
      .then(async (b) => {
        if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
        if (req.url === '/remove') {
          const found = byId.get(str(b.messageId) ?? '');
          if (found) found.removed = true;
          reply(found ? 200 : 404, { ok: Boolean(found) });
          check();
          return;
        }
        if (req.url !== '/post') return reply(404, { ok: false });
        const at = faults.findIndex((f) => f.kind === undefined || f.kind === b.kind);
        const fault = at === -1 ? undefined : faults.splice(at, 1)[0];
        if (fault?.status === 429) {
          counts.rateLimited += 1;
          return reply(429, { ok: false }, { 'retry-after': String(fault.retryAfterS) });
        }
        const key = str(b.key);
        const repeat = key === null ? undefined : byKey.get(key);
        if (repeat) {
          counts.keyRepeats += 1;
          return reply(200, { messageId: repeat.messageId, threadId: repeat.threadId });
        }
        seq += 1;
        const post: Posted = {
          messageId: `m${seq}`,
          conversationId: str(b.conversationId) ?? '',
          threadId: str(b.threadId),
          replyTo: str(b.replyTo),
          kind: str(b.kind) ?? '',
          title: str(b.title) ?? '',
          private: b.private === true,
          key,
          removed: false,
        };
        posts.push(post);
        byId.set(post.messageId, post);
        if (key !== null) byKey.set(key, post);
        check();
        if (fault?.status === 500) {
          counts.failedAfterPost += 1;
          return reply(500, { ok: false });
        }
        reply(200, { messageId: post.messageId, threadId: post.threadId });
      })
      .catch(() => reply(400, { ok: false }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    counts,
    fault(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    until(predicate) {
      return new Promise((resolve) => {
        const timer = setInterval(check, 10);
        waiters.push({
          predicate,
          resolve: () => {
            clearInterval(timer);
            resolve();
          },
        });
        check();
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
