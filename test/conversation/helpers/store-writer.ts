/**
 * A second process for the shared-store tests: saves `count` reviews (and last inputs) for one user
 * into the store at STORE_URL, and races to mark the same event ids as seen. Prints one JSON line.
 * Halfway it prints "half" and waits for a line on stdin.
 * Usage: node --import tsx store-writer.ts <url> <namespace> <user> <count> <tag>
 */
import { ConversationStore } from '../../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../../src/core/conversation/store/kv.js';

const [url = '', namespace = 'resume-coach', user = 'u', countText = '10', tag = 'w'] = process.argv.slice(2);
const count = Number(countText);
const store = new ConversationStore(await openStore(url, { namespace }), { resumeTtlMs: 600_000 });
let seenWins = 0;
for (let i = 0; i < count; i += 1) {
  if (i === count / 2) {
    // Halfway: say so, and wait for the test to let the second half go (so it is known to come after).
    process.stdout.write('half\n');
    await new Promise((resolve) => process.stdin.once('data', resolve));
    process.stdin.pause();
  }
  const id = `${tag}-${i}`;
  const scope = { platform: 'test', userId: user, conversationId: `c-${tag}-${i}` };
  await Promise.all([
    store.saveReview({
      v: 1,
      id,
      key: store.reviewKey(scope, id),
      ...scope,
      threadId: `t-${tag}-${i}`,
      createdAt: Date.now(),
      summaryMessageId: `m-${tag}-${i}`,
      report: { sections: [{ kind: 'experience' }] },
      jobDescription: null,
      sectionMessages: { [`m-${tag}-${i}`]: null, [`s-${tag}-${i}`]: 0 },
    }),
    store.setLastInput('test', user, scope.conversationId, { kind: 'text', text: 'resume text', savedAt: 1 }),
    store.claimEvent('test', `shared-${i}`, `writer-${tag}`, Date.now(), 60_000).then((state) => {
      if (state === 'acquired') seenWins += 1;
    }),
  ]);
}
await store.close();
process.stdout.write(`${JSON.stringify({ seenWins })}\n`);
