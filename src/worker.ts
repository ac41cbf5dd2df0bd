/**
 * `npm run worker`: a process that only works on queued checks (extraction pool + review + posting),
 * next to bot processes started with QUEUE_URL (and WORKERS=0 when they should only ack). It needs the
 * same QUEUE_URL and a shared STORE_URL (redis://…). SIGTERM/SIGINT: stop taking jobs, finish those in
 * hand, exit 0; a second signal exits at once (a job in hand is then retried by another worker).
 */
import { existsSync } from 'node:fs';
import { openOutlets } from './adapters/outlets.js';
import { ADAPTERS } from './adapters/registry.js';
import { loadConfig, storeTtlsOf } from './config.js';
import { createPipelineAnalyzer } from './core/conversation/pipeline-analyzer.js';
import { ConversationStore } from './core/conversation/store/conversation-store.js';
import { openStore } from './core/conversation/store/kv.js';
import { ConfigError } from './core/env.js';
import { isCodedError } from './core/errors.js';
import { configureOcr, shutdownExtractors, warmUpExtractors } from './core/extract/index.js';
import { log } from './core/log.js';
import { loadQueueConfig, openJobs } from './core/queue/index.js';
import { createMetrics, loadOpsConfig, startOps } from './ops/index.js';
import { onShutdownSignal } from './shutdown-signal.js';

function fail(line: string): number {
  process.stderr.write(`resume-coach worker: ${line}\n`);
  return 1;
}

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  const { signal } = onShutdownSignal();
  let store: ConversationStore;
  const config = loadConfig(env, ADAPTERS);
  const queueConfig = loadQueueConfig(env);
  const opsConfig = loadOpsConfig(env);
  log.level = config.logLevel ?? 'info';
  if (queueConfig.url === null) return fail('QUEUE_URL is not set: without a queue, `npm start` runs checks itself.');
  try {
    store = new ConversationStore(
      await openStore(config.storeUrl, { namespace: config.storeNamespace }),
      storeTtlsOf(config),
    );
  } catch (err) {
    if (isCodedError(err)) return fail(`STORE_URL: ${err.userMessage}`);
    throw err;
  }
  void warmUpExtractors();
  configureOcr({ timeoutMs: config.ocrTimeoutMs });
  const metrics = createMetrics('worker');
  const outlets = await openOutlets(config.adapters, log, true, store.raw);
  if (outlets.directory.platforms.length === 0)
    log.warn('worker: no enabled platform can be answered from here (set its token, e.g. TELEGRAM_BOT_TOKEN)');
  const jobs = await openJobs({
    config: queueConfig,
    services: { store, analyzer: createPipelineAnalyzer(), now: Date.now },
    directory: outlets.directory,
    role: 'worker',
    dedupeTtlMs: store.ttls.dedupeTtlMs,
    hooks: metrics.hooks,
  });
  const ops = await startOps({ config: opsConfig, metrics, store, probe: jobs.probe });
  log.info({ concurrency: queueConfig.workerConcurrency, queue: queueConfig.name }, 'worker started');
  log.info({ signal: await signal }, 'worker shutting down');
  await jobs.close();
  await outlets.close();
  await ops?.close();
  await store.close();
  await shutdownExtractors().catch(() => undefined);
  return 0;
}

if (existsSync('.env')) process.loadEnvFile('.env');
main(process.env).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError) process.exit(fail(`invalid configuration: ${err.message}`));
    log.fatal({ errName: err instanceof Error ? err.name : 'unknown' }, 'fatal error');
    process.exit(fail('fatal error (see the log above)'));
  },
);
