/**
 * One worker process for `npm run bench:load`: the real queue worker and the real review pipeline (the
 * extraction pool included), answering on the bench's fake platform. Prints "ready" once it takes jobs.
 * argv: redisUrl namespace queuePrefix platformUrl concurrency lockMs
 */
import { createPipelineAnalyzer } from '../src/core/conversation/pipeline-analyzer.js';
import { ConversationStore } from '../src/core/conversation/store/conversation-store.js';
import { openStore } from '../src/core/conversation/store/kv.js';
import { shutdownExtractors, warmUpExtractors } from '../src/core/extract/index.js';
import { loadQueueConfig } from '../src/core/queue/config.js';
import { channelDirectory } from '../src/core/queue/directory.js';
import { openJobs } from '../src/core/queue/open-jobs.js';
import { fakeOpener } from '../test/queue/helpers/http-channel.js';

const [url = '', namespace = '', prefix = '', platformUrl = '', concurrency = '4', lockMs = '2000'] =
  process.argv.slice(2);
const store = new ConversationStore(await openStore(url, { namespace }), { resumeTtlMs: 3_600_000 });
await warmUpExtractors();
const jobs = await openJobs({
  config: loadQueueConfig({
    QUEUE_URL: url,
    QUEUE_PREFIX: prefix,
    WORKER_CONCURRENCY: concurrency,
    QUEUE_LOCK_MS: lockMs,
    QUEUE_BACKOFF_MS: '200',
  }),
  services: { store, analyzer: createPipelineAnalyzer(), now: Date.now },
  directory: channelDirectory({ fake: fakeOpener(platformUrl) }),
  role: 'worker',
  dedupeTtlMs: 600_000,
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void jobs
    .close()
    .then(() => store.close())
    .then(() => shutdownExtractors())
    .then(() => process.exit(0));
});
