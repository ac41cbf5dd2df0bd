export { createEngine, type EngineOptions, type EngineWithJobs } from './engine.js';
export { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine-config.js';
export type { Analyzer, Analysis, AnalyzeOptions, AnalyzeLimits } from './analyzer.js';
export { createPipelineAnalyzer } from './pipeline-analyzer.js';
export { defaultAnswerer, type FollowUpAnswerer, type FollowUpInput } from './followup.js';
export {
  checkJobSchema,
  createInProcessJobRunner,
  runCheckJob,
  encodeJob,
  decodeJob,
  encodeJobResult,
  decodeJobResult,
  type CheckJob,
  type JobResult,
  type JobRunner,
} from './jobs.js';
export type { Context, EngineServices } from './context.js';
export { Composer, type Middleware } from './middleware.js';
export { parseEventText } from './parse-command.js';
export { isPastedResume, looksLikeResume, looksLikeJobDescription } from './classify-text.js';
export { findReviewForEvent, type ReviewInContext } from './focus.js';
export { contentLength, fileTooLarge, formatBytes, readCapped } from './downloads.js';
export * from './store/index.js';
export type * from './types.js';
