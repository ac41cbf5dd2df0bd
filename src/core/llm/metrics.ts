/**
 * How phrasing went, by outcome code only (never text): a Prometheus counter, registered on the process's
 * registry (src/ops/metrics.ts, served at /metrics) by answererFor.
 */
import { Counter, type Registry } from 'prom-client';

export const llmOutcomes = new Counter({
  name: 'resume_coach_llm_answers_total',
  help: 'Follow-up answers offered to the phrasing model, by outcome (phrased, a rejected:<guard code>, timeout, rate-limited, server-error, client-error, unreachable, empty, malformed, skipped)',
  labelNames: ['outcome'] as const,
  registers: [],
});

export function registerLlmMetrics(registry: Registry): void {
  if (!registry.getSingleMetric('resume_coach_llm_answers_total')) registry.registerMetric(llmOutcomes);
}
