export { loadQueueConfig, type QueueConfig } from './config.js';
export { openJobs, type JobsHooks, type QueueProbe } from './open-jobs.js';
export type { Outcome } from './process-check.js';
