/**
 * Discord messages and slash commands → the engine's CoreEvent. Pure mapping plus the two look-ups the
 * mapping needs (the replied-to message, the user's latest file in the channel).
 */
import {
  ApplicationCommandOptionType,
  type Attachment,
  type ChatInputCommandInteraction,
  type Message,
  type TextBasedChannel,
  type User,
} from 'discord.js';
import type { CoreEvent, IncomingFile, RepliedMessage } from '../../core/conversation/types.js';
import { attachmentFiles, type FileFetchOptions } from './files.js';

export interface AddressContext {
  botId: string;
  /** With the privileged MESSAGE_CONTENT intent, plain messages in the bot's threads are follow-ups. */
  messageContent: boolean;
}

function displayName(user: User): string {
  return user.globalName ?? user.username;
}

/** Where a channel sits: conversation = the channel (a thread's parent), thread = the thread, or none. */
function placeOf(
  channel: TextBasedChannel | null,
  channelId: string,
  inGuild: boolean,
): Pick<CoreEvent, 'conversation' | 'threadId'> {
  if (channel?.isThread()) {
    return { conversation: { id: channel.parentId ?? channel.id, kind: 'channel' }, threadId: channel.id };
  }
  return { conversation: { id: channelId, kind: inGuild ? 'channel' : 'dm' }, threadId: null };
}

/** Whether the bot should answer: a DM, a mention, a reply to the bot, or (with content) its own thread. */
export function isAddressed(message: Message, { botId, messageContent }: AddressContext): boolean {
  if (message.author.bot || message.system) return false;
  if (!message.inGuild()) return true;
  if (message.mentions.users.has(botId)) return true;
  if (message.mentions.repliedUser?.id === botId) return true;
  const channel = message.channel;
  return messageContent && channel.isThread() && channel.ownerId === botId;
}

/** The text without mentions of the bot ("<@123> how do I quantify this" → "how do I quantify this"). */
function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text of a message, including its embeds (the bot's replies are embeds). */
function messageText(message: Message): string {
  const parts = [message.content, ...message.embeds.flatMap((e) => [e.title ?? '', e.description ?? ''])];
  return parts.filter((p) => p.trim() !== '').join('\n');
}

export async function repliedMessage(
  message: Message,
  botId: string,
  files: FileFetchOptions = {},
): Promise<RepliedMessage | null> {
  if (!message.reference?.messageId) return null;
  try {
    const ref = await message.fetchReference();
    return {
      messageId: ref.id,
      fromBot: ref.author.id === botId,
      text: messageText(ref) || null,
      files: attachmentFiles(ref.attachments.values(), files),
    };
  } catch {
    // Deleted, or not visible to the bot: answer without it.
    return {
      messageId: message.reference.messageId,
      fromBot: message.mentions.repliedUser?.id === botId,
      text: null,
      files: [],
    };
  }
}

export function messageEvent(
  message: Message,
  botId: string,
  replyTo: RepliedMessage | null,
  files: FileFetchOptions = {},
): CoreEvent {
  return {
    id: message.id,
    platform: 'discord',
    user: { id: message.author.id, name: displayName(message.author) },
    ...placeOf(message.channel, message.channelId, message.inGuild()),
    messageId: message.id,
    replyTo,
    text: stripBotMention(message.content, botId),
    files: attachmentFiles(message.attachments.values(), files),
    addressed: true,
    command: null,
  };
}

/** The attachment given to a slash command, or none (whatever the option is called). */
export function commandAttachment(interaction: ChatInputCommandInteraction): Attachment | null {
  const option = interaction.options.data.find((o) => o.type === ApplicationCommandOptionType.Attachment);
  return option?.attachment ?? null;
}

/** The string options, in the order given, as the command's argument text. */
export function commandArgs(interaction: ChatInputCommandInteraction): string {
  return interaction.options.data
    .filter((o) => o.type === ApplicationCommandOptionType.String && typeof o.value === 'string')
    .map((o) => String(o.value).trim())
    .filter((v) => v !== '')
    .join(' ');
}

export function interactionEvent(interaction: ChatInputCommandInteraction, files: IncomingFile[]): CoreEvent {
  const args = commandArgs(interaction);
  const name = interaction.commandName;
  return {
    id: interaction.id,
    platform: 'discord',
    user: { id: interaction.user.id, name: displayName(interaction.user) },
    ...placeOf(interaction.channel, interaction.channelId, interaction.inGuild()),
    messageId: null,
    replyTo: null,
    text: args ? `/${name} ${args}` : `/${name}`,
    files,
    addressed: true,
    command: { name, args },
  };
}

/**
 * The requester's most recent file in this channel, for `/check` without an attachment. In guild channels
 * Discord only shows other messages' attachments to bots with the MESSAGE_CONTENT intent (or when the
 * message mentions the bot), so without it this usually finds nothing and the engine explains.
 */
export async function latestUserFiles(
  channel: TextBasedChannel | null,
  userId: string,
  { limit = 50, ...files }: FileFetchOptions & { limit?: number } = {},
): Promise<IncomingFile[]> {
  if (!channel) return [];
  const recent = await channel.messages.fetch({ limit });
  const mine = [...recent.values()]
    .filter((m) => m.author.id === userId && m.attachments.size > 0)
    .sort((a, b) => b.createdTimestamp - a.createdTimestamp)[0];
  return mine ? attachmentFiles(mine.attachments.values(), files) : [];
}
