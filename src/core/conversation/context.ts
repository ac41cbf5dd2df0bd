/** One context object per event (grammY's idea): the event, where to answer, and the engine's services. */
import type { ReplyMessage } from '../reply/types.js';
import type { Analyzer } from './analyzer.js';
import type { EngineConfig } from './engine-config.js';
import type { FollowUpAnswerer } from './followup.js';
import type { JobRunner } from './jobs.js';
import type { ParsedText } from './parse-command.js';
import type { ConversationStore } from './store/conversation-store.js';
import { deliver } from './privacy.js';
import type { Scope } from './store/keys.js';
import type { StoredReview } from './store/schemas.js';
import type { CommandSpec, CoreEvent, MessageRef, ReplyChannel } from './types.js';

export interface EngineServices {
  store: ConversationStore;
  analyzer: Analyzer;
  jobs: JobRunner;
  answerer: FollowUpAnswerer;
  config: EngineConfig;
  now: () => number;
  /** The registered commands' specs (help is generated from them). */
  commands: readonly CommandSpec[];
}

export interface Context {
  readonly event: CoreEvent;
  readonly channel: ReplyChannel;
  readonly services: EngineServices;
  /** The event text without leading mentions. */
  readonly text: string;
  readonly command: ParsedText['command'];
  readonly inDm: boolean;
  /** This user in this conversation and thread. */
  readonly scope: Scope;
  /** The review of the event's thread (null outside threads), read from the store at most once per event. */
  threadReview(): Promise<StoredReview | null>;
  /** Post as a reply to the user's message: in place, or privately when privacy.ts says so. */
  reply(message: ReplyMessage): Promise<MessageRef>;
  /** Privacy-sensitive or error notices: privately in channels, in place in a DM. */
  replyPrivately(message: ReplyMessage): Promise<void>;
  /** The same context answering for `spec` (its `private` setting applies to every reply). */
  forCommand(spec: Pick<CommandSpec, 'private'>): Context;
}

/** A once-per-event look-up of the thread's review, shared by the addressing check and the commands. */
export function threadReviewOnce(store: ConversationStore, event: CoreEvent): () => Promise<StoredReview | null> {
  let found: Promise<StoredReview | null> | null = null;
  return () => {
    if (event.threadId === null) return Promise.resolve(null);
    found ??= store.reviewForThread(event.platform, event.conversation.id, event.threadId);
    return found;
  };
}

export function createContext(
  event: CoreEvent,
  channel: ReplyChannel,
  services: EngineServices,
  parsed: ParsedText,
  threadReview: () => Promise<StoredReview | null> = threadReviewOnce(services.store, event),
  spec: Pick<CommandSpec, 'private'> | null = null,
): Context {
  const inDm = event.conversation.kind === 'dm';
  return {
    event,
    channel,
    services,
    text: parsed.text,
    command: parsed.command,
    inDm,
    scope: {
      platform: event.platform,
      userId: event.user.id,
      conversationId: event.conversation.id,
      threadId: event.threadId,
    },
    threadReview,
    reply: (message) => deliver(event, channel, message, spec),
    async replyPrivately(message) {
      await deliver(event, channel, { ...message, private: true }, spec);
    },
    forCommand: (next) => createContext(event, channel, services, parsed, threadReview, next),
  };
}
