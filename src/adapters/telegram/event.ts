/**
 * One Telegram message update → one CoreEvent. Pure apart from the file factory it is given.
 *
 * Private chats: everything is addressed to the bot. Groups: a command for this bot (`/check`,
 * `/check@thisbot`), a mention of the bot, or a reply to one of the bot's messages (what privacy mode
 * lets through). Forum topics keep their `message_thread_id` as the event's thread.
 */
import type { Message, MessageEntity, PhotoSize } from 'grammy/types';
import type { CoreEvent, IncomingFile, RepliedMessage } from '../../core/conversation/types.js';
import type { TelegramFileRef } from './files.js';

interface BotIdentity {
  id: number;
  username: string;
}

export interface EventMappingDeps {
  bot: BotIdentity;
  makeFile: (ref: TelegramFileRef) => IncomingFile;
  /** Maps a message id of a later part of a split reply to the first part's id. */
  resolveMessageId?: (chatId: number, messageId: number) => string;
  /** Command names the engine knows (for /start → /help). */
  knownCommands?: ReadonlySet<string>;
}

interface ParsedCommand {
  name: string;
  args: string;
  /** False when the command names another bot (`/check@otherbot`). */
  forUs: boolean;
}

function messageText(message: Message): { text: string; entities: MessageEntity[] } {
  if (message.text !== undefined) return { text: message.text, entities: message.entities ?? [] };
  return { text: message.caption ?? '', entities: message.caption_entities ?? [] };
}

function parseCommand(text: string, entities: readonly MessageEntity[], bot: BotIdentity): ParsedCommand | null {
  const first = entities[0];
  if (first?.type !== 'bot_command' || first.offset !== 0) return null;
  const [name = '', target] = text.slice(1, first.length).split('@');
  return {
    name: name.toLowerCase(),
    args: text.slice(first.length).trim(),
    forUs: target === undefined || target.toLowerCase() === bot.username.toLowerCase(),
  };
}

function mentionsBot(text: string, entities: readonly MessageEntity[], bot: BotIdentity): boolean {
  return entities.some(
    (entity) =>
      (entity.type === 'mention' &&
        text.slice(entity.offset + 1, entity.offset + entity.length).toLowerCase() === bot.username.toLowerCase()) ||
      (entity.type === 'text_mention' && entity.user.id === bot.id),
  );
}

function stripLeadingMention(text: string, bot: BotIdentity): string {
  const prefix = `@${bot.username}`;
  return text.toLowerCase().startsWith(prefix.toLowerCase()) ? text.slice(prefix.length).replace(/^[\s,:]+/, '') : text;
}

function largestPhoto(photos: readonly PhotoSize[]): PhotoSize | undefined {
  return photos.reduce<PhotoSize | undefined>(
    (best, photo) => (!best || photo.width * photo.height > best.width * best.height ? photo : best),
    undefined,
  );
}

/** Documents (PDF, DOCX, text, pictures…) and photos (compressed by Telegram: the largest size is read by OCR). */
function messageFiles(message: Message, makeFile: (ref: TelegramFileRef) => IncomingFile): IncomingFile[] {
  if (message.document) return [makeFile(message.document)];
  const photo = message.photo ? largestPhoto(message.photo) : undefined;
  if (photo)
    return [
      makeFile({ file_id: photo.file_id, file_size: photo.file_size, file_name: 'photo.jpg', mime_type: 'image/jpeg' }),
    ];
  return [];
}

/** The forum topic a message lives in, or null (General topic and non-forum chats). */
export function topicOf(message: Message): number | null {
  return message.chat.type === 'supergroup' &&
    message.chat.is_forum &&
    message.is_topic_message &&
    message.message_thread_id !== undefined
    ? message.message_thread_id
    : null;
}

function repliedMessage(message: Message, deps: EventMappingDeps): RepliedMessage | null {
  const replied = message.reply_to_message;
  if (!replied) return null;
  // In forum topics every message "replies" to the topic's creation message: that is not a real reply.
  if (replied.forum_topic_created || (message.is_topic_message && replied.message_id === message.message_thread_id))
    return null;
  const fromBot = replied.from?.id === deps.bot.id;
  return {
    messageId:
      fromBot && deps.resolveMessageId
        ? deps.resolveMessageId(message.chat.id, replied.message_id)
        : String(replied.message_id),
    fromBot,
    text: replied.text ?? replied.caption ?? null,
    files: messageFiles(replied, deps.makeFile),
  };
}

function displayName(message: Message): string | null {
  const from = message.from;
  if (!from) return null;
  const full = [from.first_name, from.last_name].filter(Boolean).join(' ').trim();
  return full || from.username || null;
}

/** The CoreEvent id of an update (the engine's de-duplication mark and the queue's job id derive from it). */
export const telegramEventId = (updateId: number): string => `tg:${updateId}`;

/** Maps a message to a CoreEvent; null for messages the bot must ignore (other bots, channel posts, service messages). */
export function toCoreEvent(updateId: number, message: Message, deps: EventMappingDeps): CoreEvent | null {
  const from = message.from;
  if (!from || from.is_bot) return null;
  const { text: rawText, entities } = messageText(message);
  const files = messageFiles(message, deps.makeFile);
  if (rawText.trim() === '' && files.length === 0) return null;

  const isDm = message.chat.type === 'private';
  const replyTo = repliedMessage(message, deps);
  const parsed = parseCommand(rawText, entities, deps.bot);
  const commandForUs = parsed?.forUs;
  if (parsed && !parsed.forUs && !isDm) return null;

  let command: CoreEvent['command'] = null;
  let text = rawText;
  if (parsed && commandForUs) {
    const name = parsed.name === 'start' && !deps.knownCommands?.has('start') ? 'help' : parsed.name;
    command = { name, args: parsed.args };
    text = parsed.args ? `/${name} ${parsed.args}` : `/${name}`;
  } else if (!isDm) {
    text = stripLeadingMention(rawText, deps.bot);
  }

  const topic = topicOf(message);
  return {
    id: telegramEventId(updateId),
    platform: 'telegram',
    user: { id: String(from.id), name: displayName(message) },
    conversation: { id: String(message.chat.id), kind: isDm ? 'dm' : 'channel' },
    threadId: topic === null ? null : String(topic),
    messageId: String(message.message_id),
    replyTo,
    text,
    files,
    addressed: isDm || commandForUs || replyTo?.fromBot === true || mentionsBot(rawText, entities, deps.bot),
    command,
  };
}
