/**
 * A worker process for the kill/restart test: the real queue worker (openJobs, role 'worker') on the
 * shared Redis store, answering on the fake platform. Prints "ready" once it takes jobs.
 * argv: REDIS_URL namespace queuePrefix platformUrl concurrency lockMs
 */
import { ConversationStore } from '../../../src/core/conversation/store/conversation-store.js';
import { openStore } from '../../../src/core/conversation/store/kv.js';
import { loadQueueConfig } from '../../../src/core/queue/config.js';
import { channelDirectory } from '../../../src/core/queue/directory.js';
import { openJobs } from '../../../src/core/queue/open-jobs.js';
import { createFakeAnalyzer } from '../../conversation/fake-analyzer.js';
import { fakeOpener } from './http-channel.js';

const [url = '', namespace = '', prefix = '', platformUrl = '', concurrency = '2', lockMs = '1000'] =
  process.argv.slice(2);
const store = new ConversationStore(await openStore(url, { namespace }), { resumeTtlMs: 3_600_000 });
const jobs = await openJobs({
  config: loadQueueConfig({
    QUEUE_URL: url,
    QUEUE_PREFIX: prefix,
    WORKER_CONCURRENCY: concurrency,
    QUEUE_LOCK_MS: lockMs,
    QUEUE_BACKOFF_MS: '50',
  }),
  services: { store, analyzer: createFakeAnalyzer(), now: Date.now },
  directory: channelDirectory({ fake: fakeOpener(platformUrl) }),
  role: 'worker',
  dedupeTtlMs: 60_000,
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void jobs
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
