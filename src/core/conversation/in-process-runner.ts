/** The embedded default: a check runs in this process as soon as it is accepted (no queue, no serialisation). */
import { executeCheck, lostForOurReasons, type CheckServices } from './check-run.js';
import type { JobRunner } from './jobs.js';
import { memoryJournal } from './post-journal.js';

export function createInProcessJobRunner(services: CheckServices): JobRunner {
  return {
    async submit(job, channel, progress) {
      try {
        await executeCheck(job, channel, services, memoryJournal(), progress);
      } catch (err) {
        if (job.rateSlot !== null && lostForOurReasons(err))
          await services.store.releaseCheck(job.platform, job.userId, job.rateSlot).catch(() => undefined);
        throw err;
      }
    },
    async close() {},
  };
}
