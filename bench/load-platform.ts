/**
 * The fake chat platform of `npm run bench:load` in a process of its own, so its HTTP work does not compete
 * with the bot's ack path for the bench process's thread (it did: the bench process was both). It sends
 * the bench what it needs to count: each new post and each removal, batched every 5 ms, and its fault
 * counts; the bench sends faults to queue and asks it to close. argv: latencyMs. Protocol: remote-platform.ts.
 */
import { startFakePlatform } from '../test/queue/helpers/fake-platform.js';
import { controlSchema, type PlatformUpdate } from './remote-platform.js';

const platform = await startFakePlatform({ latencyMs: Number(process.argv[2] ?? 5) });
let sent = 0;
const removedSent = new Set<string>();

function flush(): void {
  const update: PlatformUpdate = {
    type: 'update',
    posts: platform.posts.slice(sent),
    removed: [],
    counts: { ...platform.counts },
  };
  sent = platform.posts.length;
  for (const p of platform.posts)
    if (p.removed && !removedSent.has(p.messageId)) {
      removedSent.add(p.messageId);
      update.removed.push(p.messageId);
    }
  if (update.posts.length > 0 || update.removed.length > 0) process.send?.(update);
}

// Removals are rare (progress lines): a scan of the posts every 5 ms is cheap next to their HTTP calls.
const timer = setInterval(flush, 5);
process.on('message', (raw: unknown) => {
  const message = controlSchema.parse(raw);
  if (message.type === 'fault') platform.fault(message.fault, message.times);
  else if (message.type === 'flush') {
    flush();
    process.send?.({ type: 'flushed', counts: { ...platform.counts } });
  } else {
    clearInterval(timer);
    void platform.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready', url: platform.url });
