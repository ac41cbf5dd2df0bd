/**
 * The queued form of a check: a CheckJob (bytes as base64) and the address of the channel that answers it.
 * Everything read back from Redis goes through this schema: a job written by another version, or
 * damaged, is refused instead of half-run.
 */
import { z } from 'zod';
import type { CheckJob } from '../conversation/jobs.js';
import type { ChannelAddress } from '../conversation/types.js';
import { ROLE_IDS } from '../roles/types.js';

export const channelAddressSchema = z.object({
  platform: z.string().min(1),
  place: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

const inputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    name: z.string().nullable(),
    mimeType: z.string().nullable(),
    base64: z.string(),
  }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);

const jobSchema = z.object({
  id: z.string().min(1),
  platform: z.string().min(1),
  userId: z.string(),
  conversationId: z.string(),
  threadId: z.string().nullable(),
  inDm: z.boolean(),
  eventMessageId: z.string().nullable(),
  role: z.enum(ROLE_IDS).nullable(),
  jobDescription: z.string().nullable(),
  input: inputSchema,
  saveInput: z.boolean(),
  limits: z.object({ maxBytes: z.number(), maxPages: z.number(), timeoutMs: z.number() }),
  cards: z.boolean().optional(),
  previousReviewKey: z.string().nullable(),
  rateSlot: z.string().nullable(),
  acceptedAt: z.number(),
});

export const queuedCheckSchema = z.object({ v: z.literal(1), job: jobSchema, address: channelAddressSchema });
export type QueuedCheck = z.infer<typeof queuedCheckSchema>;

export function encodeCheck(job: CheckJob, address: ChannelAddress): QueuedCheck {
  const { input, ...rest } = job;
  return {
    v: 1,
    job: {
      ...rest,
      input:
        input.kind === 'file'
          ? {
              kind: 'file',
              name: input.name,
              mimeType: input.mimeType,
              base64: Buffer.from(input.bytes).toString('base64'),
            }
          : input,
    },
    address: { platform: address.platform, place: { ...address.place } },
  };
}

export function decodeCheck(data: unknown): { job: CheckJob; address: ChannelAddress } | null {
  const parsed = queuedCheckSchema.safeParse(data);
  if (!parsed.success) return null;
  const { input, ...rest } = parsed.data.job;
  const job: CheckJob = {
    ...rest,
    input:
      input.kind === 'file'
        ? {
            kind: 'file',
            name: input.name,
            mimeType: input.mimeType,
            bytes: new Uint8Array(Buffer.from(input.base64, 'base64')),
          }
        : input,
  };
  return { job, address: parsed.data.address };
}
