/**
 * What a job has posted so far, step by step ("summary", "thread", "delta", "section:3", "progress"),
 * so a job that is retried after its worker died resumes where it stopped instead of posting again.
 * The queue keeps the journal in the shared store; a check run in process keeps it in memory.
 */
import { z } from 'zod';
import type { KeyValueStore } from './store/kv.js';
import type { MessageRef } from './types.js';

export interface PostJournal {
  recall(step: string): Promise<MessageRef | null>;
  record(step: string, ref: MessageRef): Promise<void>;
  /**
   * Records that `step` is about to be posted; false when an earlier attempt already said so (it may have
   * posted and died before `record`: the post then looks for its earlier self, see SendOptions.maybePosted).
   */
  intend(step: string): Promise<boolean>;
}

export function memoryJournal(): PostJournal {
  const steps = new Map<string, MessageRef>();
  const intents = new Set<string>();
  return {
    async recall(step) {
      return steps.get(step) ?? null;
    },
    async record(step, ref) {
      steps.set(step, ref);
    },
    async intend(step) {
      if (intents.has(step)) return false;
      intents.add(step);
      return true;
    },
  };
}

const refSchema = z.object({ messageId: z.string(), threadId: z.string().nullable() });

/**
 * One key per step (`posted:<jobId>:<step>`, and `…:intent` just before its post): message ids only, never text. It outlives the job for
 * `ttlMs`, so a late redelivery of the same event finds every step done and posts nothing.
 */
export function storeJournal(kv: KeyValueStore, jobId: string, ttlMs: number): PostJournal {
  const key = (step: string) => `posted:${jobId}:${step}`;
  return {
    async recall(step) {
      const parsed = refSchema.safeParse(await kv.get(key(step)));
      return parsed.success ? parsed.data : null;
    },
    async record(step, ref) {
      await kv.set(key(step), ref, ttlMs);
    },
    async intend(step) {
      return kv.setIfAbsent(`${key(step)}:intent`, 1, ttlMs);
    },
  };
}
