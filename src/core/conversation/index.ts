export { createEngine } from './engine.js';
export type { EngineConfig } from './engine-config.js';
export type { Analyzer, Analysis, AnalyzeOptions } from './analyzer.js';
export { defaultAnswerer, type FollowUpInput } from './followup.js';
export * from './store/index.js';
export type * from './types.js';
