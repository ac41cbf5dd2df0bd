export type { ExtractOptions, ExtractResult, ExtractedLink, FileFormat } from './types.js';
export { DEFAULT_LIMITS, resolveLimits, type ResolvedLimits } from './limits.js';
export { extractFile, shutdownExtractors, warmUpExtractors, configureExtractors } from './extract-file.js';
export { extractPastedText } from './text.js';
export { sniffFormat } from './sniff.js';
export { cleanText } from './clean.js';
export type { PoolOptions } from './pool.js';
