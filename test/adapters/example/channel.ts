/** The ReplyChannel for one event: posts to the platform's API, threads, whispers. */
import type { MessageRef, Progress, ReplyChannel } from '../../../src/core/conversation/types.js';
import type { ReplyMessage } from '../../../src/core/reply/types.js';
import { EXAMPLE_LIMITS, renderExample } from './render.js';

export interface ExamplePlace {
  conversationId: string;
  userId: string;
  threadId: string | null;
}

/** POSTs one message to the platform and returns its id. */
export type PostMessage = (body: Record<string, unknown>) => Promise<string>;

export function exampleChannel(place: ExamplePlace, post: PostMessage): ReplyChannel {
  const channel: ReplyChannel = {
    maxDownloadBytes: EXAMPLE_LIMITS.downloadBytes,
    // This platform can show a message to one person in place.
    ephemeral: true,
    async send(message: ReplyMessage, { replyTo = null } = {}): Promise<MessageRef> {
      const ids: string[] = [];
      for (const text of renderExample(message))
        ids.push(await post({ conversation: place.conversationId, thread: place.threadId, replyTo, text }));
      return { messageId: ids[0] ?? '', threadId: place.threadId };
    },
    async thread(on: MessageRef): Promise<ReplyChannel> {
      return place.threadId === null ? exampleChannel({ ...place, threadId: on.messageId }, post) : channel;
    },
    async sendPrivate(message: ReplyMessage): Promise<void> {
      for (const text of renderExample(message))
        await post({ conversation: place.conversationId, thread: place.threadId, onlyFor: place.userId, text });
    },
    async progress(): Promise<Progress> {
      return { update: async () => {}, done: async () => {} };
    },
  };
  return channel;
}
