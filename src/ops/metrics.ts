/**
 * Prometheus metrics (prom-client), one registry per process: checks by outcome, how long they took,
 * enqueues and dedupe hits, retries, queue depth and the age of the oldest waiting job, plus Node's
 * default process metrics (RSS, event-loop lag, GC). Labels are fixed small sets: never ids or text.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ClaimOutcome } from '../core/conversation/event-claims.js';
import type { JobsHooks, Outcome, QueueProbe } from '../core/queue/index.js';

export interface Metrics {
  readonly registry: Registry;
  readonly hooks: JobsHooks;
  /** Counts a check that ran in process (no queue): outcome and duration. */
  observeCheck(outcome: Outcome | 'retry', ms: number): void;
  setQueue(probe: QueueProbe | null): void;
  /** Counts a platform delivery the engine claimed: handled here, or a dedupe hit (in hand elsewhere, handled before). */
  observeEvent(outcome: ClaimOutcome): void;
}

export function createMetrics(role: 'bot' | 'worker'): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ role });
  collectDefaultMetrics({ register: registry, prefix: 'resume_coach_' });
  const checks = new Counter({
    name: 'resume_coach_checks_total',
    help: 'Check attempts by outcome (answered, user-error, apologised, refused, unreachable, cancelled, superseded, retry).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'resume_coach_check_duration_seconds',
    help: 'Time of one check attempt, from the worker taking it to its last post.',
    labelNames: ['outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  const enqueued = new Counter({
    name: 'resume_coach_enqueue_total',
    help: 'Checks submitted to the queue: enqueued, or dropped as a duplicate of an event already queued.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const events = new Counter({
    name: 'resume_coach_events_total',
    help: 'Platform deliveries by what became of them: handled, held (in hand in a process), settled (handled before).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  let probe: QueueProbe | null = null;
  new Gauge({
    name: 'resume_coach_queue_jobs',
    help: 'Jobs in the queue by state.',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      if (!probe) return;
      const counts = await probe.counts().catch(() => null);
      if (!counts) return;
      for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'resume_coach_queue_oldest_wait_seconds',
    help: 'How long the oldest waiting check has waited.',
    registers: [registry],
    async collect() {
      if (!probe) return;
      const ms = await probe.oldestWaitMs().catch(() => null);
      if (ms !== null) this.set(ms / 1000);
    },
  });
  const observeCheck = (outcome: Outcome | 'retry', ms: number) => {
    checks.inc({ outcome });
    duration.observe({ outcome }, ms / 1000);
  };
  return {
    registry,
    hooks: { onOutcome: observeCheck, onEnqueued: (outcome) => enqueued.inc({ outcome }) },
    observeCheck,
    observeEvent: (outcome) => events.inc({ outcome }),
    setQueue(next) {
      probe = next;
    },
  };
}
