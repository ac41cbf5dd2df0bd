/**
 * "Run a check" kept apart from "handle an event". A CheckJob is everything a check needs once it has
 * been accepted (ids, role, job description, the file's bytes or the pasted text, limits, the counted
 * rate-limit slot). The JobRunner decides where it runs: in this process (the embedded default: the job
 * is handed over as it is, no serialisation) or through the durable queue (src/core/queue, which owns
 * the wire format). Either way `executeCheck` (check-run.ts) posts the reply.
 */
import { createHash } from 'node:crypto';
import type { RoleId } from '../roles/types.js';
import type { Progress, ReplyChannel } from './types.js';

export type CheckInput =
  | { kind: 'file'; name: string | null; mimeType: string | null; bytes: Uint8Array }
  | { kind: 'text'; text: string };

export interface CheckJob {
  /** Derived from the platform event: a redelivery, or the same event reaching a second process, has the same id. */
  id: string;
  platform: string;
  userId: string;
  conversationId: string;
  /** The thread of the user's event (null: none). */
  threadId: string | null;
  inDm: boolean;
  /** The user's message the summary replies to. */
  eventMessageId: string | null;
  role: RoleId | null;
  jobDescription: string | null;
  input: CheckInput;
  /** Remember the input as the user's last file/text here (false when re-checking the stored one). */
  saveInput: boolean;
  limits: { maxBytes: number; maxPages: number; timeoutMs: number };
  /** Post the pictures (score card, before/after card) with the text; false: CARD=off. Absent: on. */
  cards?: boolean;
  /** The review this check replaces (before/after message), looked up when the check was accepted. */
  previousReviewKey: string | null;
  /** The counted rate-limit slot, given back when the check is lost for our reasons. */
  rateSlot: string | null;
  acceptedAt: number;
}

export interface JobRunner {
  /**
   * Runs the check and posts its reply on `channel`. In process it resolves when the reply is posted
   * (failures reject, for the engine's error boundary); on a queue it resolves once the job is durably
   * enqueued and the worker answers, or apologises, later. `progress` is the indicator the bot showed
   * when it accepted the check: the runner stops it once the review (or the queue) takes over.
   */
  submit(job: CheckJob, channel: ReplyChannel, progress: Progress | null): Promise<void>;
  /**
   * /forget: removes the user's checks that are waiting and have not started (their file goes with
   * them) and takes down their progress placeholders; resolves how many. Absent: nothing ever waits.
   */
  forgetUser?(platform: string, userId: string): Promise<number>;
  close(): Promise<void>;
}

/** A stable job id for an event: hashed, so queue keys carry no platform ids. Random when the event has none. */
export function jobIdFor(platform: string, eventId: string, fallback: () => string): string {
  if (eventId === '') return fallback();
  return createHash('sha256').update(`check\u0000${platform}\u0000${eventId}`).digest('hex').slice(0, 32);
}
