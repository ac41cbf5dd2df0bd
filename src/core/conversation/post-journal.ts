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
 * A later attempt owns the job now (this one's process froze past its lock and the queue gave the job to
 * another worker): this attempt must stop without posting more, the owner carries on from the journal.
 */
export class AttemptSuperseded extends Error {
  constructor(jobId: string) {
    super(`a later attempt owns job ${jobId}`);
    this.name = 'AttemptSuperseded';
  }
}

/** A journal fenced by its attempt's token: posts are intended and recorded only while the attempt owns the job. */
export interface OwnedJournal extends PostJournal {
  /** Makes this attempt the job's owner (the latest attempt always wins: the queue gave it the job). */
  own(): Promise<void>;
}

/**
 * One key per step (`posted:<jobId>:<step>`, and `…:intent` just before its post): message ids only, never text. It outlives the job for
 * `ttlMs`, so a late redelivery of the same event finds every step done and posts nothing. With `owner`
 * (the attempt's token, written to `posted:<jobId>:owner` by own()), intend and record are fenced: they
 * write only while that token is the owner's, else throw AttemptSuperseded.
 */
export function storeJournal(kv: KeyValueStore, jobId: string, ttlMs: number): PostJournal;
export function storeJournal(kv: KeyValueStore, jobId: string, ttlMs: number, owner: string): OwnedJournal;
export function storeJournal(kv: KeyValueStore, jobId: string, ttlMs: number, owner?: string): OwnedJournal {
  const key = (step: string) => `posted:${jobId}:${step}`;
  const guard = owner === undefined ? null : { key: `posted:${jobId}:owner`, value: owner };
  const fenced = async (write: string, value: unknown, onlyIfAbsent: boolean): Promise<boolean | null> => {
    if (guard === null) return null;
    const state = await kv.setGuarded(write, value, ttlMs, guard, onlyIfAbsent);
    if (state === 'fenced') throw new AttemptSuperseded(jobId);
    return state === 'written';
  };
  return {
    async own() {
      if (guard !== null) await kv.set(guard.key, guard.value, ttlMs);
    },
    async recall(step) {
      const parsed = refSchema.safeParse(await kv.get(key(step)));
      return parsed.success ? parsed.data : null;
    },
    async record(step, ref) {
      if ((await fenced(key(step), ref, false)) === null) await kv.set(key(step), ref, ttlMs);
    },
    async intend(step) {
      return (await fenced(`${key(step)}:intent`, 1, true)) ?? kv.setIfAbsent(`${key(step)}:intent`, 1, ttlMs);
    },
  };
}
