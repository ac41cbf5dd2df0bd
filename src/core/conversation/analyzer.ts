/**
 * What the engine needs from the checker, behind one interface so tests can inject a fake and a job
 * runner in another process can use the same code. The real one is in
 * pipeline-analyzer.ts.
 */
import type { Report } from '../report/index.js';
import type { ReplyDocument, ReplyMessage } from '../reply/types.js';
import type { RoleId } from '../roles/types.js';

export interface AnalyzeLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

export interface AnalyzeOptions {
  fileName: string | null;
  role: RoleId | null;
  jobDescription: string | null;
  limits: AnalyzeLimits;
}

export interface Analysis {
  report: Report;
  document: ReplyDocument;
}

export interface Analyzer {
  analyzeFile(bytes: Uint8Array, options: AnalyzeOptions): Promise<Analysis>;
  analyzeText(text: string, options: AnalyzeOptions): Promise<Analysis>;
  /** The before/after message for a re-check. */
  delta(previous: Report, next: Report): ReplyMessage;
  /** Validates a report read back from the store or a queue; null when it does not fit the contract. */
  parseReport(value: unknown): Report | null;
}
