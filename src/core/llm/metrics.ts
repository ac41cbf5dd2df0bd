/**
 * How phrasing went, by outcome code only (never text): a Prometheus counter on prom-client's default
 * registry (exposed wherever the process serves /metrics) and an in-process tally for the eval script.
 */
import { Counter } from 'prom-client';

export const llmOutcomes = new Counter({
  name: 'resume_coach_llm_answers_total',
  help: 'Follow-up answers offered to the phrasing model, by outcome (phrased, a rejected:<guard code>, timeout, rate-limited, server-error, client-error, unreachable, empty, malformed, skipped)',
  labelNames: ['outcome'] as const,
});
