export { loadOpsConfig, type OpsConfig } from './config.js';
export { createMetrics, type Metrics } from './metrics.js';
export { startOpsServer, type OpsServer, type ReadinessCheck } from './server.js';
export { startOps, type OpsDeps } from './start.js';
