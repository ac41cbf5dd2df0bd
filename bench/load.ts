/**
 * `npm run bench:load`: bursts of checks through the queue, measured end to end against a fake chat
 * platform on 127.0.0.1 (5 ms per API call, in a process of its own: load-platform.ts), with the real review
 * pipeline in worker processes.
 * Needs Redis (REDIS_URL, default redis://127.0.0.1:6379). Prints, per scenario: acks (enqueue latency
 * p50/p95/p99), time to the complete answer (p50/p95), throughput, doubles, losses, stuck progress lines
 * the peak RSS of each worker's process tree, and CPU per review of each worker's main thread and of its
 * whole process (main thread + V8/libuv helper threads; the check itself — extraction, parse, review,
 * reply document — runs in its extraction children, not counted). BURST (default 200) sets the burst size;
 * SCENARIOS=1,2 runs only those; LOAD_PROFILE_DIR writes CPU profiles of the workers' main threads.
 * Scenarios: 1 worker; 2 workers; 2 workers with every event delivered to two bot engines, a kill -9 of
 * one worker mid-burst (restarted), ten 429s (Retry-After 1 s) and ten 500s sent after the post landed.
 * Figures, not pass/fail.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { COMMANDS } from '../src/commands/index.js';
import { createEngine, type EngineWithJobs } from '../src/core/conversation/engine.js';
import { createPipelineAnalyzer } from '../src/core/conversation/pipeline-analyzer.js';
import { ConversationStore } from '../src/core/conversation/store/conversation-store.js';
import { openStore } from '../src/core/conversation/store/kv.js';
import type { CoreEvent } from '../src/core/conversation/types.js';
import { shutdownExtractors } from '../src/core/extract/index.js';
import { loadQueueConfig } from '../src/core/queue/config.js';
import { openQueueConnection } from '../src/core/queue/connection.js';
import { channelDirectory } from '../src/core/queue/directory.js';
import { type OpenedJobs, openJobs } from '../src/core/queue/open-jobs.js';
import { fileFrom } from '../test/helpers/recording-channel.js';
import { httpChannel } from '../test/queue/helpers/http-channel.js';
import { type RemotePlatform, startRemotePlatform } from './remote-platform.js';
import { median, ms, percentile, type Row, table } from './stats.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const BURST = Number(process.env.BURST ?? 200);
const LOCK_MS = '2000';
const CONCURRENCY = '4';
const PDF = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'examples', 'backend-weak.pdf')));
const WORKER = join(import.meta.dirname, 'load-worker.ts');
/** LOAD_PROFILE_DIR: each worker process writes a V8 CPU profile of its main thread there (node --cpu-prof). */
const PROFILE = process.env.LOAD_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.LOAD_PROFILE_DIR] : [];

interface Scenario {
  label: string;
  workers: number;
  bots: number;
  kill: boolean;
  faults: boolean;
}

/** RSS of a process and all its descendants (the extraction pool), in bytes. */
function treeRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return (
      rss +
      (children
        ? children
            .split(/\s+/)
            .map(Number)
            .reduce((s, c) => s + treeRss(c), 0)
        : 0)
    );
  } catch {
    return 0;
  }
}

/**
 * CPU time (user + system) in ms from a /proc stat file: a process's (`/proc/<pid>/stat`: its main thread
 * plus V8's helper threads — GC, compiler — and libuv's pool; not its children, where parsing runs) or one
 * thread's (`/proc/<pid>/task/<pid>/stat`: the main thread alone, the one that acks, stores and posts).
 * Linux /proc, clock ticks of 10 ms (USER_HZ 100).
 */
function statCpuMs(path: string): number {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
  } catch {
    return 0;
  }
}

const processCpuMs = (pid: number) => statCpuMs(`/proc/${pid}/stat`);
const mainThreadCpuMs = (pid: number) => statCpuMs(`/proc/${pid}/task/${pid}/stat`);

function startWorker(ns: string, prefix: string, platformUrl: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...PROFILE, '--import', 'tsx', WORKER, REDIS_URL, ns, prefix, platformUrl, CONCURRENCY, LOCK_MS],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    child.stdout?.on('data', (b: Buffer) => {
      if (b.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
  });
}

function event(run: string, i: number): CoreEvent {
  return {
    id: `load-${run}-${i}`,
    platform: 'fake',
    user: { id: `u${i}`, name: null },
    conversation: { id: `dm-${i}`, kind: 'dm' },
    threadId: null,
    messageId: `um-${i}`,
    replyTo: null,
    text: '',
    files: [fileFrom(PDF, 'resume.pdf', 'application/pdf')],
    addressed: true,
    command: null,
  };
}

async function expectedPosts(): Promise<number> {
  const analyzer = createPipelineAnalyzer();
  const a = await analyzer.analyzeFile(PDF, {
    fileName: 'resume.pdf',
    role: null,
    jobDescription: null,
    limits: { maxBytes: 5_000_000, maxPages: 4, timeoutMs: 20_000 },
  });
  return a.document.messages.length;
}

async function runScenario(s: Scenario, expected: number): Promise<Row> {
  const run = randomUUID().slice(0, 8);
  const ns = `rc-load-${run}`;
  const prefix = `rcq-load-${run}`;
  const platform: RemotePlatform = await startRemotePlatform({ latencyMs: 5 });
  const store = new ConversationStore(await openStore(REDIS_URL, { namespace: ns }), { resumeTtlMs: 3_600_000 });
  const config = loadQueueConfig({ QUEUE_URL: REDIS_URL, QUEUE_PREFIX: prefix, WORKERS: '0', QUEUE_ATTEMPTS: '6' });
  const analyzer = createPipelineAnalyzer();
  const bots: { engine: EngineWithJobs; jobs: OpenedJobs }[] = [];
  for (let b = 0; b < s.bots; b++) {
    const jobs = await openJobs({
      config,
      services: { store, analyzer, now: Date.now },
      directory: channelDirectory({}),
      role: 'bot',
      dedupeTtlMs: 600_000,
    });
    bots.push({
      jobs,
      engine: createEngine({
        store,
        analyzer,
        jobs: jobs.runner,
        commands: COMMANDS,
        config: { checksPerWindow: 1000 },
      }),
    });
  }
  const workers = await Promise.all(Array.from({ length: s.workers }, () => startWorker(ns, prefix, platform.url)));
  const peak = new Map<number, number>();
  const sampler = setInterval(() => {
    for (const w of workers) if (w.pid) peak.set(w.pid, Math.max(peak.get(w.pid) ?? 0, treeRss(w.pid)));
  }, 200);

  // One check first, not counted: scripts loaded, connections warm, extraction pools started.
  const warm = event(run, -1);
  await bots[0]?.engine.handle(
    warm,
    httpChannel(platform.url, { conversationId: warm.conversation.id, threadId: null, replyTo: warm.messageId }),
  );
  await platform.until(
    (posts) =>
      posts.filter((p) => p.conversationId === warm.conversation.id && p.kind !== 'progress').length >= expected,
  );
  const events = Array.from({ length: BURST }, (_, i) => event(run, i));
  if (s.faults) {
    platform.fault({ status: 429, retryAfterS: 1, kind: 'section' }, 10);
    platform.fault({ status: 500, afterPost: true, kind: 'section' }, 10);
  }
  const sentAt = new Map<string, number>();
  const acks: number[] = [];
  const cpuBefore = process.cpuUsage();
  // Start-up (tsx compiling, the warm-up check) is not the burst's: count from here.
  const cpuOfWorkers = (of: (pid: number) => number) =>
    workers.reduce((sum, w) => sum + (w.pid === undefined ? 0 : of(w.pid)), 0);
  const workerCpuBefore = cpuOfWorkers(processCpuMs);
  const workerMainBefore = cpuOfWorkers(mainThreadCpuMs);
  const started = performance.now();
  await Promise.all(
    events.flatMap((e) =>
      bots.map(async (bot) => {
        const t0 = performance.now();
        if (!sentAt.has(e.conversation.id)) sentAt.set(e.conversation.id, t0);
        await bot.engine.handle(
          e,
          httpChannel(platform.url, { conversationId: e.conversation.id, threadId: null, replyTo: e.messageId }),
        );
        acks.push(performance.now() - t0);
      }),
    ),
  );
  const ackedAt = performance.now() - started;
  const doneAt = new Map<string, number>();
  const answersOf = (id: string) => platform.posts.filter((p) => p.conversationId === id && p.kind !== 'progress');
  // Posts are only appended: completion is counted from the posts not seen yet (scanning every post for
  // every conversation on each check cost the bench's own thread — the bot's — most of its CPU).
  const inBurst = new Set(events.map((e) => e.conversation.id));
  const answered = new Map<string, number>();
  let scanned = 0;
  const complete = () => {
    const now = performance.now();
    for (; scanned < platform.posts.length; scanned += 1) {
      const p = platform.posts[scanned];
      if (!p || p.kind === 'progress' || !inBurst.has(p.conversationId)) continue;
      const count = (answered.get(p.conversationId) ?? 0) + 1;
      answered.set(p.conversationId, count);
      if (count >= expected && !doneAt.has(p.conversationId)) doneAt.set(p.conversationId, now);
    }
    return doneAt.size >= events.length;
  };
  // Completion is stamped every 10 ms, also while a killed worker is being restarted.
  const stamper = setInterval(complete, 10);
  let killedAt = -1;
  if (s.kill && workers[0]) {
    await platform.until(() => complete() || doneAt.size >= BURST / 4);
    killedAt = doneAt.size;
    workers[0].kill('SIGKILL');
    await new Promise((r) => workers[0]?.once('exit', r));
    workers[0] = await startWorker(ns, prefix, platform.url);
  }
  const timeout = new Promise<void>((r) => setTimeout(r, 300_000).unref());
  await Promise.race([platform.until(() => complete()), timeout]);
  await Promise.race([
    platform.until(() => platform.posts.every((p) => p.kind !== 'progress' || p.removed)),
    new Promise((r) => setTimeout(r, 5000).unref()),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  await platform.sync();
  clearInterval(sampler);
  clearInterval(stamper);

  const answerMs = events
    .map((e) => (doneAt.get(e.conversation.id) ?? Number.NaN) - (sentAt.get(e.conversation.id) ?? 0))
    .filter(Number.isFinite);
  const doubles = events.filter((e) => {
    const posted = answersOf(e.conversation.id);
    return posted.length > expected || posted.filter((p) => p.kind === 'summary').length > 1;
  }).length;
  const losses = events.length - doneAt.size;
  const stuck = platform.posts.filter((p) => p.kind === 'progress' && !p.removed).length;
  // The bench process is the bot (ack path); the fake platform runs in its own process (load-platform.ts).
  const cpu = process.cpuUsage(cpuBefore);
  const mainCpuMs = (cpu.user + cpu.system) / 1000;
  const rss = [...peak.values()].map((b) => `${Math.round(b / 1e6)}`).join('+');
  // Not with a kill: the killed worker takes its count with it, and its replacement's start-up is in.
  const workerCpuMs = cpuOfWorkers(processCpuMs) - workerCpuBefore;
  const workerMainMs = cpuOfWorkers(mainThreadCpuMs) - workerMainBefore;
  const perReview = (total: number) => (s.kill ? '—' : ms(total / Math.max(1, doneAt.size)));

  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => (w.exitCode === null ? new Promise((r) => w.once('exit', r)) : null)));
  for (const b of bots) await b.jobs.close();
  const c = await openQueueConnection(REDIS_URL, 'rc-load-cleanup');
  const q = new Queue(config.name, { connection: c.connection, prefix });
  await q.obliterate({ force: true }).catch(() => undefined);
  await q.close();
  await c.close();
  const keys: string[] = [];
  for await (const [k] of store.raw.entries()) keys.push(k);
  await store.raw.delete(keys);
  await store.close();
  await platform.close();

  const label = `${s.label}${s.kill ? ` (killed at ${killedAt} done)` : ''}`;
  return {
    label,
    cells: [
      String(acks.length),
      ms(median(acks)),
      ms(percentile(acks, 95)),
      ms(percentile(acks, 99)),
      `${(median(answerMs) / 1000).toFixed(2)} s`,
      `${(percentile(answerMs, 95) / 1000).toFixed(2)} s`,
      `${(doneAt.size / elapsed).toFixed(1)}/s`,
      `${(ackedAt / 1000).toFixed(2)} s`,
      String(doubles),
      String(losses),
      String(stuck),
      `${platform.counts.rateLimited}/${platform.counts.failedAfterPost}/${platform.counts.keyRepeats}`,
      rss,
      ms(mainCpuMs / acks.length),
      perReview(workerMainMs),
      perReview(workerCpuMs),
    ],
  };
}

async function main(): Promise<void> {
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  console.log(`bench:load: burst ${BURST} PDFs (examples/backend-weak.pdf), ${os.cpus().length} cores, load ${load}`);
  console.log(`fake platform 5 ms per call; worker concurrency ${CONCURRENCY}; lock ${LOCK_MS} ms; Redis ${REDIS_URL}`);
  const expected = await expectedPosts();
  await shutdownExtractors();
  const scenarios: Scenario[] = [
    { label: '1 worker', workers: 1, bots: 1, kill: false, faults: false },
    { label: '2 workers', workers: 2, bots: 1, kill: false, faults: false },
    { label: '2 workers, 2 bots, kill -9, faults', workers: 2, bots: 2, kill: true, faults: true },
  ];
  const only = process.env.SCENARIOS?.split(',').map(Number);
  const rows: Row[] = [];
  for (const [i, s] of scenarios.entries()) {
    if (only && !only.includes(i + 1)) continue;
    rows.push(await runScenario(s, expected));
    console.log(`  ${s.label}: done`);
  }
  console.log(
    table(
      [
        'scenario',
        'acks',
        'ack p50',
        'ack p95',
        'ack p99',
        'answer p50',
        'answer p95',
        'throughput',
        'all acked',
        'doubles',
        'losses',
        'stuck',
        '429/500/key-dedupe',
        'worker RSS MB',
        'bench CPU/ack',
        'worker main-thread CPU/review',
        'worker process CPU/review',
      ],
      rows,
    ),
  );
  console.log(`(${expected} posts per complete answer; targets: 0 doubles, 0 losses, 0 stuck, ack p99 < 1 s)`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
