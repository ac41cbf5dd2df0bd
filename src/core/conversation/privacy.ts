/**
 * The one place that decides who sees a reply. Adapters only carry the decision out: `send` posts where
 * the event happened, `sendPrivate` reaches the requester alone (ephemeral, else a DM, else a notice).
 *
 * In a DM everything is posted in place (nobody else is there). Elsewhere a reply is private when:
 * - the message itself is (errors, privacy notices: `private: true`);
 * - only the requester saw the command being typed (`event.command.private`, e.g. Slack slash commands);
 * - its command's answers are private (`CommandSpec.private`: 'always', or 'where-ephemeral' on a channel
 *   that can show a message to one person in place).
 */
import type { ReplyMessage } from '../reply/types.js';
import type { CommandSpec, CoreEvent, MessageRef, ReplyChannel } from './types.js';

/** Whether every answer to this command is private here: known before it runs (Discord defers with it). */
export function commandRepliesArePrivate(
  event: CoreEvent,
  spec: Pick<CommandSpec, 'private'> | null,
  ephemeral: boolean,
): boolean {
  if (event.conversation.kind === 'dm') return false;
  if (event.command?.private === true || spec?.private === 'always') return true;
  return spec?.private === 'where-ephemeral' && ephemeral;
}

function isPrivateReply(
  event: CoreEvent,
  spec: Pick<CommandSpec, 'private'> | null,
  channel: Pick<ReplyChannel, 'ephemeral'>,
  message: ReplyMessage,
): boolean {
  if (event.conversation.kind === 'dm') return false;
  return message.private === true || commandRepliesArePrivate(event, spec, channel.ephemeral);
}

/**
 * Posts `message` for `event` where its audience can see it: in place as a reply to the user's message,
 * or privately. A private message has no place others can thread on: its ref is empty.
 */
export async function deliver(
  event: CoreEvent,
  channel: ReplyChannel,
  message: ReplyMessage,
  spec: Pick<CommandSpec, 'private'> | null = null,
): Promise<MessageRef> {
  if (!isPrivateReply(event, spec, channel, message)) return channel.send(message, { replyTo: event.messageId });
  await channel.sendPrivate(message);
  return { messageId: '', threadId: event.threadId };
}
