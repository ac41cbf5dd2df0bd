/**
 * `npm start`: validate the config, open the store, build the engine, start every adapter in the registry
 * whose token is set (its platform library loaded only then), or the console adapter when none is.
 * SIGINT/SIGTERM shut down cleanly.
 */
import { existsSync } from 'node:fs';
import { createConsoleRuntime, type ConsoleRuntime } from './adapters/console/index.js';
import { openOutlets } from './adapters/outlets.js';
import { ADAPTERS } from './adapters/registry.js';
import { COMMANDS } from './commands/index.js';
import { engineConfigOf, loadConfig, storeTtlsOf, type Config } from './config.js';
import { createEngine, type EngineWithJobs } from './core/conversation/engine.js';
import { createPipelineAnalyzer } from './core/conversation/pipeline-analyzer.js';
import { ConversationStore } from './core/conversation/store/conversation-store.js';
import { openStore } from './core/conversation/store/kv.js';
import type { PlatformRuntime } from './core/conversation/types.js';
import { ConfigError } from './core/env.js';
import { isCodedError } from './core/errors.js';
import { configureOcr, shutdownExtractors, warmUpExtractors } from './core/extract/index.js';
import { answererFor } from './core/llm/answerer.js';
import { log } from './core/log.js';
import { loadQueueConfig, openJobs, type QueueConfig } from './core/queue/index.js';
import { createMetrics, loadOpsConfig, type OpsConfig, startOps } from './ops/index.js';
import { onShutdownSignal } from './shutdown-signal.js';

function fail(line: string): number {
  process.stderr.write(`resume-coach: ${line}\n`);
  return 1;
}

/** One readiness check per platform: started, and (where the runtime can tell) connected right now. */
function platformChecks(
  platforms: readonly string[],
  running: () => readonly PlatformRuntime[] | null,
): Record<string, () => Promise<void>> {
  return Object.fromEntries(
    platforms.map((platform) => [
      platform,
      async () => {
        const runtime = running()?.find((r) => r.platform === platform);
        if (!runtime) throw new Error('starting');
        if (runtime.connected && !runtime.connected()) throw new Error('disconnected');
      },
    ]),
  );
}

function loadDotEnv(): void {
  // Values already in the environment win over .env (process.loadEnvFile never overrides).
  if (existsSync('.env')) process.loadEnvFile('.env');
}

async function shutdown(
  runtimes: readonly PlatformRuntime[],
  engine: EngineWithJobs,
  store: ConversationStore,
): Promise<void> {
  for (const runtime of [...runtimes].reverse()) {
    try {
      await runtime.stop();
    } catch (err) {
      log.warn(
        { platform: runtime.platform, errName: err instanceof Error ? err.name : 'unknown' },
        'adapter stop failed',
      );
    }
  }
  await engine.jobs.close();
  await store.close();
  try {
    await shutdownExtractors();
  } catch (err) {
    log.warn({ errName: err instanceof Error ? err.name : 'unknown' }, 'extractor shutdown failed');
  }
}

async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: Config;
  let queueConfig: QueueConfig;
  let opsConfig: OpsConfig;
  try {
    config = loadConfig(env, ADAPTERS);
    queueConfig = loadQueueConfig(env);
    opsConfig = loadOpsConfig(
      env,
      config.adapters.flatMap((a) => a.ports),
    );
  } catch (err) {
    if (err instanceof ConfigError) return fail(`invalid configuration: ${err.message}`);
    throw err;
  }
  const consoleMode = config.adapters.length === 0;
  log.level = config.logLevel ?? (consoleMode ? 'warn' : 'info');

  let store: ConversationStore;
  try {
    store = new ConversationStore(
      await openStore(config.storeUrl, { namespace: config.storeNamespace }),
      storeTtlsOf(config),
    );
  } catch (err) {
    if (isCodedError(err)) return fail(`STORE_URL: ${err.userMessage}`);
    throw err;
  }
  const analyzer = createPipelineAnalyzer();
  const metrics = createMetrics('bot');
  // Channels reopened by address (a check this process accepted may be answered by another).
  const outlets = await openOutlets(config.adapters, log, queueConfig.url !== null, store.raw);
  // QUEUE_URL: checks are BullMQ jobs (and, unless WORKERS=0, this process works on them too).
  const jobs = await openJobs({
    config: queueConfig,
    services: { store, analyzer, now: Date.now },
    directory: outlets.directory,
    role: 'bot',
    dedupeTtlMs: store.ttls.dedupeTtlMs,
    hooks: metrics.hooks,
  }).catch(async (err: unknown) => {
    await store.close();
    throw new ConfigError('QUEUE_URL', `cannot reach the queue's Redis (${err instanceof Error ? err.name : 'error'})`);
  });
  const engine = createEngine({
    store,
    analyzer,
    config: engineConfigOf(config),
    commands: COMMANDS,
    answerer: answererFor(config.llm, { registry: metrics.registry }),
    jobs: jobs.runner,
    onClaim: metrics.observeEvent,
  });
  // Start the file-reading workers now, so the first resume does not wait for them.
  void warmUpExtractors();
  configureOcr({ timeoutMs: config.ocrTimeoutMs });
  const signals = onShutdownSignal();
  const runtimes: PlatformRuntime[] = [];
  let starting = 'console';
  let exitCode = 0;
  let started = false;
  // OPS_PORT: /healthz, /readyz (store, queue, each platform connected now), /metrics.
  const ops = await startOps({
    config: opsConfig,
    metrics,
    store,
    probe: jobs.probe,
    checks: platformChecks(consoleMode ? ['console'] : config.adapters.map((a) => a.platform), () =>
      started ? runtimes : null,
    ),
  }).catch(async (err: unknown) => {
    await shutdown([], engine, store);
    throw err;
  });
  try {
    if (consoleMode) {
      const consoleRuntime: ConsoleRuntime = createConsoleRuntime({
        engine,
        input: process.stdin,
        output: process.stdout,
      });
      runtimes.push(consoleRuntime);
      await consoleRuntime.start();
      started = true;
      await Promise.race([consoleRuntime.finished, signals.signal]);
    } else {
      for (const adapter of config.adapters) {
        starting = adapter.platform;
        runtimes.push(await adapter.start({ engine, log: log.child({ platform: adapter.platform }), kv: store.raw }));
        log.info({ platform: adapter.platform }, 'adapter started');
      }
      started = true;
      // A platform that ends its connection for good (Discord 4004/4014, Telegram 401/409) ends the
      // process with exit 1, so a supervisor restarts it instead of leaving a bot that hears nothing.
      const ended = await Promise.race([
        signals.signal.then((signal) => ({ signal, error: null })),
        ...runtimes.flatMap((r) => (r.fatal ? [r.fatal.then((error) => ({ signal: null, error }))] : [])),
      ]);
      if (ended.error) exitCode = fail(`${ended.error.message}; exiting so a supervisor restarts the bot`);
      else log.info({ signal: ended.signal }, 'shutting down');
    }
  } catch (err) {
    exitCode = fail(
      `could not start the ${starting} adapter: ${isCodedError(err) ? err.userMessage : err instanceof Error ? err.message : String(err)}`,
    );
  } finally {
    signals.dispose();
    await shutdown(runtimes, engine, store);
    await outlets.close();
    await ops?.close();
  }
  return exitCode;
}

loadDotEnv();
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError) process.exit(fail(err.message));
    log.fatal({ errName: err instanceof Error ? err.name : 'unknown' }, 'fatal error');
    process.exit(fail('fatal error (see the log above)'));
  },
);
