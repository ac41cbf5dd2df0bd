export { loadQueueConfig, type QueueConfig } from './config.js';
export { channelDirectory, type ChannelDirectory, type ChannelOpener } from './directory.js';
export {
  openJobs,
  JOURNAL_TTL_MS,
  type OpenedJobs,
  type OpenJobsOptions,
  type JobsHooks,
  type QueueProbe,
} from './open-jobs.js';
export type { Outcome } from './process-check.js';
