/** The real checker behind the Analyzer interface: src/core/pipeline.ts and src/core/review. */
import { analyzeFile, analyzeText } from '../pipeline.js';
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
    async analyzeFile(bytes, options) {
      const review = await analyzeFile(bytes, pipelineOptions(options));
      return { report: review.report, document: review.document };
    },
    async analyzeText(text, options) {
      const review = await analyzeText(text, pipelineOptions(options));
      return { report: review.report, document: review.document };
    },
    delta(previous, next) {
      return deltaMessage(compareReports(previous, next), next);
    },
    parseReport(value) {
      const parsed = reportSchema.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}
