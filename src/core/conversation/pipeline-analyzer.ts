/**
 * The real checker behind the Analyzer interface. The whole check (extraction, parse, review, reply
 * document) runs in the extraction pool's worker process (src/core/pipeline-pooled.ts), so the main thread
 * of a bot or queue worker only stores, posts and acks.
 */
import { analyzeFilePooled, analyzeTextPooled } from '../pipeline-pooled.js';
import { reportSchema } from '../report/index.js';
import { deltaMessage } from '../reply/index.js';
import { compareReports } from '../review/index.js';
import type { AnalyzeOptions, Analyzer } from './analyzer.js';

function pipelineOptions(o: AnalyzeOptions) {
  return {
    fileName: o.fileName,
    ...(o.role ? { role: o.role } : {}),
    jobDescription: o.jobDescription,
    limits: o.limits,
  };
}

export function createPipelineAnalyzer(): Analyzer {
  return {
    analyzeFile: (bytes, options) => analyzeFilePooled(bytes, pipelineOptions(options)),
    analyzeText: (text, options) => analyzeTextPooled(text, pipelineOptions(options)),
    delta(previous, next) {
      return deltaMessage(compareReports(previous, next), next);
    },
    parseReport(value) {
      const parsed = reportSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}
