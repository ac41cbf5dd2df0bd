/**
 * Hook for the review owner: "analysis alone" and "whole review" timings per document.
 *
 * TODO(review owner): implement `timeReviewStages` — e.g. time `reviewResume(parseResume(x))`
 * ("analysis alone": rules + coverage + scores on an already-parsed resume) and `analyzeFile(bytes)`
 * ("whole review": extract → parse → review → reply document) for each document, and return one
 * `ReviewStageTiming` per stage. bench/index.ts prints whatever is returned as extra table rows;
 * returning [] (as now) prints nothing.
 */
import type { ExtractResult } from '../src/core/extract/types.js';
import type { BenchDoc } from './corpus.js';

export interface ReviewStageTiming {
  /** Row label, e.g. "review (analysis alone)". */
  stage: string;
  /** ms per document (one value per document, or per run). */
  times: number[];
}

export interface ReviewBenchInput {
  docs: readonly BenchDoc[];
  /** Extraction results by document name (already extracted by the extract stage). */
  extracted: ReadonlyMap<string, ExtractResult>;
  reps: number;
}

export async function timeReviewStages(_input: ReviewBenchInput): Promise<ReviewStageTiming[]> {
  return [];
}
