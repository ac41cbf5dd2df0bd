/** Key layout of the conversation store. Every part is URI-encoded so ids containing ':' stay unambiguous. */
import { createHash } from 'node:crypto';

const enc = (part: string | null): string => (part === null ? '-' : encodeURIComponent(part));

function pseudonym(platform: string, userId: string): string {
  return createHash('sha256').update(`${platform}\u0000${userId}`).digest('hex').slice(0, 24);
}

export interface Scope {
  platform: string;
  userId: string;
  conversationId: string;
  threadId: string | null;
}

export const keys = {
  seen: (platform: string, eventId: string) => `seen:${enc(platform)}:${enc(eventId)}`,
  review: (s: Omit<Scope, 'threadId'>, reviewId: string) =>
    `review:${enc(s.platform)}:${enc(s.userId)}:${enc(s.conversationId)}:${enc(reviewId)}`,
  lastReview: (platform: string, userId: string, conversationId: string) =>
    `last:${enc(platform)}:${enc(userId)}:${enc(conversationId)}`,
  message: (platform: string, conversationId: string, messageId: string) =>
    `msg:${enc(platform)}:${enc(conversationId)}:${enc(messageId)}`,
  thread: (platform: string, conversationId: string, threadId: string) =>
    `thread:${enc(platform)}:${enc(conversationId)}:${enc(threadId)}`,
  role: (platform: string, userId: string) => `role:${enc(platform)}:${enc(userId)}`,
  jobDescription: (platform: string, userId: string, conversationId: string) =>
    `jd:${enc(platform)}:${enc(userId)}:${enc(conversationId)}`,
  lastInput: (platform: string, userId: string, conversationId: string) =>
    `input:${enc(platform)}:${enc(userId)}:${enc(conversationId)}`,
  /** What the last follow-up answer in this conversation/thread was about (answers/cursor.ts). */
  cursor: (s: Scope) => `cursor:${enc(s.platform)}:${enc(s.userId)}:${enc(s.conversationId)}:${enc(s.threadId)}`,
  /** The parts of a paste a platform cut, until they are joined (seconds; long-pastes.ts). */
  paste: (s: Scope) => `paste:${enc(s.platform)}:${enc(s.userId)}:${enc(s.conversationId)}:${enc(s.threadId)}`,
  userIndex: (platform: string, userId: string) => `index:${enc(platform)}:${enc(userId)}`,
  /** Pseudonymous (hashed id): the counter holds timestamps only and outlives /forget by at most the window. */
  rate: (platform: string, userId: string) => `rate:${pseudonym(platform, userId)}`,
  /** When the user last ran /forget (a time only, under a hashed id): checks accepted before it are dropped. */
  forgotten: (platform: string, userId: string) => `forgot:${pseudonym(platform, userId)}`,
};
