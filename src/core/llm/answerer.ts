/**
 * The one seam: a FollowUpAnswerer that asks the deterministic answerer first, then lets the model phrase
 * that answer (src/main.ts passes it to createEngine as `answerer`). With no LLM_BASE_URL the
 * deterministic answerer is returned as is: nothing is built, nothing is sent.
 */
import type { Registry } from 'prom-client';
import { defaultAnswerer, type FollowUpAnswer, type FollowUpAnswerer } from '../conversation/followup.js';
import { log } from '../log.js';
import { type ChatModel, createChatModel } from './client.js';
import type { LlmConfig } from './config.js';
import { llmOutcomes, registerLlmMetrics } from './metrics.js';
import { type Outcome, phraseAnswer } from './phrase.js';

export interface PhrasingAnswerer extends FollowUpAnswerer {
  /** Where the relevant resume lines are sent (host only), for /privacy. */
  readonly modelHost: string;
}

export function createPhrasingAnswerer(
  model: ChatModel,
  modelHost: string,
  inner: FollowUpAnswerer = defaultAnswerer,
  onOutcome?: (outcome: Outcome) => void,
): PhrasingAnswerer {
  return {
    modelHost,
    async answer(input) {
      const composed: FollowUpAnswer = await inner.answer(input);
      const started = Date.now();
      let outcome: Outcome = 'skipped';
      try {
        const phrased = await phraseAnswer(model, composed, {
          report: input.report,
          jobDescription: input.jobDescription,
          question: input.text,
          ...(composed.intent ? { intent: composed.intent } : {}),
        });
        outcome = phrased.outcome;
        if (outcome !== 'skipped')
          log.info({ llm: outcome, guard: phrased.codes, ms: Date.now() - started }, 'answer phrasing');
        return phrased.message;
      } catch (err) {
        // A bug here must never cost the user the answer.
        outcome = 'malformed';
        log.warn({ llm: 'error', errName: err instanceof Error ? err.name : 'unknown' }, 'answer phrasing failed');
        return composed;
      } finally {
        llmOutcomes.inc({ outcome });
        onOutcome?.(outcome);
      }
    },
  };
}

export interface AnswererOptions {
  /** The deterministic answerer (default: the answers module). */
  inner?: FollowUpAnswerer;
  /** The process's metrics registry: the outcome counter is registered on it. */
  registry?: Registry;
}

/** The answerer the engine gets: the deterministic one, phrased by the model when one is configured. */
export function answererFor(config: LlmConfig | null, options: AnswererOptions = {}): FollowUpAnswerer {
  const inner = options.inner ?? defaultAnswerer;
  if (!config) return inner;
  if (options.registry) registerLlmMetrics(options.registry);
  return createPhrasingAnswerer(createChatModel(config), config.host, inner);
}
