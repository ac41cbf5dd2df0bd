/**
 * The bench's side of load-platform.ts: starts the fake platform in its own process and mirrors what it
 * posted (posts appended in order, removals marked), so the bench counts answers as before while the
 * platform's HTTP work runs elsewhere. Same shape as test/queue/helpers/fake-platform.ts's FakePlatform.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import type { FakePlatform, Fault, Posted } from '../test/queue/helpers/fake-platform.js';

const countsSchema = z.object({ rateLimited: z.number(), failedAfterPost: z.number(), keyRepeats: z.number() });
const postedSchema = z.object({
  messageId: z.string(),
  conversationId: z.string(),
  threadId: z.string().nullable(),
  replyTo: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  private: z.boolean(),
  key: z.string().nullable(),
  removed: z.boolean(),
});
const faultSchema = z.union([
  z.object({ status: z.literal(429), retryAfterS: z.number(), kind: z.string().optional() }),
  z.object({ status: z.literal(500), afterPost: z.literal(true), kind: z.string().optional() }),
]);

const updateSchema = z.object({
  type: z.literal('update'),
  posts: z.array(postedSchema),
  removed: z.array(z.string()),
  counts: countsSchema,
});
export type PlatformUpdate = z.infer<typeof updateSchema>;

const fromPlatformSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), url: z.string() }),
  updateSchema,
  z.object({ type: z.literal('flushed'), counts: countsSchema }),
]);

/** What the bench sends the platform process. */
export const controlSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fault'), fault: faultSchema, times: z.number().int() }),
  z.object({ type: z.literal('flush') }),
  z.object({ type: z.literal('close') }),
]);
type Control = z.infer<typeof controlSchema>;

const ENTRY = join(import.meta.dirname, 'load-platform.ts');

export interface RemotePlatform extends FakePlatform {
  /** Resolves once every post and removal the platform has seen so far is mirrored here. */
  sync(): Promise<void>;
}

export function startRemotePlatform(options: { latencyMs: number }): Promise<RemotePlatform> {
  const child = fork(ENTRY, [String(options.latencyMs)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const posts: Posted[] = [];
  const byId = new Map<string, Posted>();
  const counts = { rateLimited: 0, failedAfterPost: 0, keyRepeats: 0 };
  const waiters: { predicate: (p: readonly Posted[]) => boolean; resolve: () => void }[] = [];
  const flushed: (() => void)[] = [];
  const send = (message: Control) => child.send(message);
  const sync = () =>
    new Promise<void>((done) => {
      flushed.push(done);
      send({ type: 'flush' });
    });
  const check = () => {
    for (const w of [...waiters])
      if (w.predicate(posts)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`fake platform exited (${code})`)));
    child.on('message', (raw: unknown) => {
      const message = fromPlatformSchema.parse(raw);
      if (message.type === 'ready') {
        resolve({
          url: message.url,
          posts,
          counts,
          fault: (fault: Fault, times = 1) => send({ type: 'fault', fault, times }),
          until(predicate) {
            return new Promise((done) => {
              const timer = setInterval(check, 10);
              waiters.push({
                predicate,
                resolve: () => {
                  clearInterval(timer);
                  done();
                },
              });
              check();
            });
          },
          sync,
          async close() {
            const exited = new Promise((done) => child.once('exit', done));
            send({ type: 'close' });
            await exited;
          },
        });
        return;
      }
      Object.assign(counts, message.counts);
      if (message.type === 'flushed') {
        for (const done of flushed.splice(0)) done();
        return;
      }
      for (const p of message.posts) {
        posts.push(p);
        byId.set(p.messageId, p);
      }
      for (const id of message.removed) {
        const p = byId.get(id);
        if (p) p.removed = true;
      }
      check();
    });
  });
}
