import type { ChildProcess } from 'node:child_process';
import type { z } from 'zod';
import { CodedError } from '../errors.js';
import { log } from '../log.js';
import { corrupt, expandsTooMuch, ocrFailed, ocrTimedOut, timedOut, tooComplex } from './errors.js';
import { jobResultSchema, poolMessageSchema, type JobKind, type JobResult } from './protocol.js';
import { watchMemory } from './memory-watch.js';
import { spawnWorker, type WorkerModule } from './worker-spawn.js';

export interface PoolOptions {
  /** Which worker module the processes run: the text parsers (default) or OCR. */
  worker?: WorkerModule;
  /** Worker processes. */
  size?: number;
  /** V8 heap cap per worker (--max-old-space-size). */
  heapMb?: number;
  /** Resident memory cap per worker, checked while it works (covers ArrayBuffers, which the heap cap does not). */
  rssLimitMb?: number;
  /** A worker that is not ready after this long is killed. */
  startupTimeoutMs?: number;
  /**
   * Scheduling niceness of the workers (0–19; higher yields more). Parsing is background work: on a small
   * machine, workers at the main process's priority delay its event loop (every chat) by 10–20 ms at a time.
   */
  niceness?: number;
  /** Arguments for the worker module (the text pool's: pipeline-protocol.ts's CHECKS_ARG). */
  workerArgs?: readonly string[];
}

export interface PoolJob {
  kind: JobKind;
  data: Uint8Array;
  maxPages: number;
  maxTotalPages: number;
  timeoutMs: number;
}

/**
 * One request to a worker of the pool: the message it is sent (the pool adds its id; structured clone, so
 * bytes travel as bytes) and the schema its answer must pass — a worker reads hostile files, so what it
 * sends back is checked here before anyone uses it.
 */
export interface PoolCall<T> {
  /** What the request is, for logs and for naming a time-out (an OCR request's limit is OCR's). */
  kind: string;
  timeoutMs: number;
  message: Readonly<Record<string, unknown>>;
  result: z.ZodType<T>;
}

interface Pending {
  call: PoolCall<unknown>;
  resolve: (result: unknown) => void;
  reject: (err: Error) => void;
}

interface Running extends Pending {
  id: number;
  timer: NodeJS.Timeout;
  stopMemoryWatch: () => void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  running: Running | null;
  /** Why we killed it, to name the error for the job it was running. */
  killedFor: 'timeout' | 'memory' | null;
  startupTimer: NodeJS.Timeout | null;
  stderrTail: string;
}

const MAX_STARTUP_FAILURES = 3;

function internal(message: string): CodedError {
  return new CodedError('internal', 'Something went wrong while reading your file. Please try again.', {
    context: { detail: message },
  });
}

/**
 * A small pool of long-lived child processes that parse files. Each job gets a hard time limit and a memory
 * watch; a worker that overruns is killed (SIGKILL) and replaced, and queued files carry on. Idle workers are
 * unref'd so they never keep the parent process alive.
 */
export class ExtractorPool {
  private readonly size: number;
  private readonly heapMb: number;
  private readonly rssLimitBytes: number;
  private readonly startupTimeoutMs: number;
  private readonly niceness: number;
  private readonly worker: WorkerModule;
  private readonly workerArgs: readonly string[];
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private startupFailures = 0;
  private closed = false;
  private readonly readyWaiters: { resolve: () => void; reject: (err: Error) => void }[] = [];

  constructor({
    worker = 'text',
    size = 2,
    heapMb = 256,
    rssLimitMb = 512,
    startupTimeoutMs = 30_000,
    niceness = 5,
    workerArgs = [],
  }: PoolOptions = {}) {
    this.worker = worker;
    this.workerArgs = workerArgs;
    this.size = Math.max(1, Math.floor(size));
    this.heapMb = heapMb;
    this.rssLimitBytes = rssLimitMb * 1024 * 1024;
    this.startupTimeoutMs = startupTimeoutMs;
    this.niceness = niceness;
  }

  /**
   * Starts every worker now (they load pdf.js in the background), e.g. at bot start-up or before a benchmark.
   * Resolves once all of them are ready; nobody has to wait for it.
   */
  warmUp(): Promise<void> {
    if (this.closed) return Promise.reject(internal('pool closed'));
    this.startupFailures = Math.min(this.startupFailures, MAX_STARTUP_FAILURES - 1);
    while (this.slots.size < this.size) this.spawn();
    if (this.readyCount() >= this.size) {
      this.updateRefs();
      return Promise.resolve();
    }
    const ready = new Promise<void>((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
    this.updateRefs();
    return ready;
  }

  private readyCount(): number {
    return [...this.slots].filter((s) => s.ready && s.killedFor === null).length;
  }

  private settleReadyWaiters(error: Error | null): void {
    if (error === null && this.readyCount() < this.size) return;
    for (const waiter of this.readyWaiters.splice(0)) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
    this.updateRefs();
  }

  /** Extraction of one file (protocol.ts's job request). */
  run(job: PoolJob): Promise<JobResult> {
    const { kind, data, maxPages, maxTotalPages, timeoutMs } = job;
    return this.call({ kind, timeoutMs, message: { kind, data, maxPages, maxTotalPages }, result: jobResultSchema });
  }

  /** Any request the pool's worker module answers, under the same time limit and memory watch. */
  call<T>(call: PoolCall<T>): Promise<T> {
    if (this.closed) return Promise.reject(internal('pool closed'));
    // After workers failed to start, each new file gets one more attempt rather than waiting forever.
    this.startupFailures = Math.min(this.startupFailures, MAX_STARTUP_FAILURES - 1);
    return new Promise<T>((resolve, reject) => {
      const check = (raw: unknown) => {
        const parsed = call.result.safeParse(raw);
        if (parsed.success) resolve(parsed.data);
        else {
          log.warn({ kind: call.kind }, 'extraction worker sent an invalid result');
          reject(internal('invalid worker result'));
        }
      };
      this.queue.push({ call, resolve: check, reject });
      this.pump();
    });
  }

  /** Kills every worker; queued and running jobs fail. */
  async shutdown(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(internal('pool shut down'));
    this.settleReadyWaiters(internal('pool shut down'));
    this.updateRefs();
    const exits = [...this.slots].map(
      (slot) =>
        new Promise<void>((resolve) => {
          if (slot.child.exitCode !== null || slot.child.signalCode !== null) return resolve();
          slot.child.once('exit', () => resolve());
          slot.child.kill('SIGKILL');
        }),
    );
    await Promise.all(exits);
  }

  private spawn(): Slot {
    const child = spawnWorker(this.worker, this.heapMb, this.niceness, this.workerArgs);
    const slot: Slot = { child, ready: false, running: null, killedFor: null, startupTimer: null, stderrTail: '' };
    this.slots.add(slot);
    slot.startupTimer = setTimeout(() => child.kill('SIGKILL'), this.startupTimeoutMs);
    slot.startupTimer.unref();
    child.stderr?.on('data', (chunk: Buffer) => {
      slot.stderrTail = (slot.stderrTail + chunk.toString('utf8')).slice(-2048);
    });
    child.on('message', (raw: unknown) => this.onMessage(slot, raw));
    child.on('exit', (code, signal) => this.onExit(slot, code, signal));
    child.on('error', (err) => log.warn({ err: err.message }, 'extraction worker error'));
    return slot;
  }

  private onMessage(slot: Slot, raw: unknown): void {
    const parsed = poolMessageSchema.safeParse(raw);
    if (!parsed.success) {
      log.warn('extraction worker sent an invalid message');
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      slot.ready = true;
      this.startupFailures = 0;
      if (slot.startupTimer) clearTimeout(slot.startupTimer);
      this.settleReadyWaiters(null);
      this.pump();
      return;
    }
    const running = slot.running;
    if (!running || running.id !== message.id) return;
    this.finish(slot);
    if (message.type === 'done') running.resolve(message.result);
    else
      running.reject(new CodedError(message.error.code, message.error.userMessage, { context: message.error.context }));
    this.pump();
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    this.slots.delete(slot);
    if (slot.startupTimer) clearTimeout(slot.startupTimer);
    const running = slot.running;
    if (running) {
      this.finish(slot);
      running.reject(this.crashError(slot, running.call, code, signal));
    } else if (!slot.ready && !this.closed) {
      this.startupFailures += 1;
      log.error({ code, signal, stderr: slot.stderrTail.slice(-300) }, 'extraction worker failed to start');
      if (this.startupFailures >= MAX_STARTUP_FAILURES) {
        for (const pending of this.queue.splice(0)) pending.reject(internal('extraction workers cannot start'));
        this.settleReadyWaiters(internal('extraction workers cannot start'));
      }
    }
    if (this.closed) return;
    // Replace a worker that died on a file right away, so the next file does not wait for a cold start.
    if (slot.ready && this.slots.size < this.size) this.spawn();
    this.pump();
  }

  private crashError(slot: Slot, job: PoolCall<unknown>, code: number | null, signal: NodeJS.Signals | null): Error {
    if (slot.killedFor === 'timeout')
      return job.kind === 'image' || job.kind === 'pdf-ocr' ? ocrTimedOut(job.timeoutMs) : timedOut(job.timeoutMs);
    // The resident-memory watch sees data (a bomb's inflated bytes live in ArrayBuffers); a heap crash is
    // parser structures (objects per paragraph): that file may be small in every sense, so not 'too-large'.
    const heapCrash = /heap out of memory|Reached heap limit|allocation failed/i.test(slot.stderrTail);
    log.warn(
      { code, signal, kind: job.kind, rssKill: slot.killedFor === 'memory', heapCrash },
      'extraction worker died during a job',
    );
    if (slot.killedFor === 'memory') return expandsTooMuch();
    if (heapCrash || signal === 'SIGABRT') return tooComplex();
    // A scan or a picture is not damaged because the OCR engine or its image library crashed on it.
    if (job.kind === 'image' || job.kind === 'pdf-ocr') return ocrFailed(signal);
    return corrupt('worker-crash');
  }

  private finish(slot: Slot): void {
    const running = slot.running;
    if (!running) return;
    clearTimeout(running.timer);
    running.stopMemoryWatch();
    slot.running = null;
  }

  private dispatch(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const { call } = pending;
    const timer = setTimeout(() => this.kill(slot, 'timeout'), call.timeoutMs);
    const stopMemoryWatch = watchMemory(slot.child.pid, this.rssLimitBytes, () => this.kill(slot, 'memory'));
    slot.running = { ...pending, id, timer, stopMemoryWatch };
    slot.child.send({ ...call.message, id });
  }

  private kill(slot: Slot, reason: 'timeout' | 'memory'): void {
    if (slot.killedFor !== null) return;
    slot.killedFor = reason;
    slot.child.kill('SIGKILL');
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (!slot.ready || slot.running || slot.killedFor !== null) continue;
      const next = this.queue.shift();
      if (next) this.dispatch(slot, next);
    }
    // Start more workers only for work that is waiting (and not in a loop of failed starts).
    const starting = [...this.slots].filter((s) => !s.ready).length;
    while (
      !this.closed &&
      this.queue.length > starting &&
      this.slots.size < this.size &&
      this.startupFailures < MAX_STARTUP_FAILURES
    ) {
      this.spawn();
    }
    this.updateRefs();
  }

  /** Workers hold the event loop only while there is work; idle ones never keep the process alive. */
  private updateRefs(): void {
    // Someone awaiting warmUp() or a queued file needs the workers to keep the process alive until then.
    // A closed pool holds its dying workers until their exit is seen, or an awaited shutdown() never settles.
    const busy = this.closed || this.queue.length > 0 || this.readyWaiters.length > 0;
    for (const slot of this.slots) {
      const hold = busy || slot.running !== null;
      const handles = [slot.child, slot.child.channel, slot.child.stderr];
      for (const handle of handles) {
        if (!handle) continue;
        const target = handle as { ref?: () => void; unref?: () => void };
        if (hold) target.ref?.();
        else target.unref?.();
      }
    }
  }
}
