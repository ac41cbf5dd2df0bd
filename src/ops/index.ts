export { loadOpsConfig, type OpsConfig } from './config.js';
export { createMetrics } from './metrics.js';
export { startOps } from './start.js';
