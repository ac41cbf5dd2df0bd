/** Builders for the Telegram updates the tests push (shapes as the Bot API sends them). */
import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import { BOT_INFO } from './fake-telegram.js';

export const ALICE: User = { id: 777001, is_bot: false, first_name: 'Alice', last_name: 'Tester', username: 'alice_t' };
export const BOB: User = { id: 777002, is_bot: false, first_name: 'Bob' };

export const dmChat = (user: User): Chat => ({ id: user.id, type: 'private', first_name: user.first_name });
export const GROUP: Chat = { id: -100200300, type: 'supergroup', title: 'Career advice' };
export const FORUM: Chat = { id: -100900800, type: 'supergroup', title: 'Job hunt', is_forum: true };

let nextUserMessageId = 1;

/** Extra message fields (loosely typed: tests build replies and topic messages freely). */
type MessageExtra = Record<string, unknown>;

export function message(chat: Chat, from: User, extra: MessageExtra = {}): Message {
  return { message_id: nextUserMessageId++, date: Math.floor(Date.now() / 1000), chat, from, ...extra } as Message;
}

export function textMessage(chat: Chat, from: User, text: string, extra: MessageExtra = {}): Message {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  return message(chat, from, { text, ...(entities.length ? { entities } : {}), ...extra });
}

export function documentMessage(
  chat: Chat,
  from: User,
  doc: { fileId: string; size: number; name?: string; mime?: string },
  extra: MessageExtra = {},
): Message {
  return message(chat, from, {
    document: {
      file_id: doc.fileId,
      file_unique_id: `u-${doc.fileId}`,
      file_name: doc.name ?? 'resume.pdf',
      mime_type: doc.mime ?? 'application/pdf',
      file_size: doc.size,
    },
    ...extra,
  });
}

/** A message the bot sent, as it appears inside reply_to_message. */
export function botMessage(chat: Chat, messageId: number, text = '…'): Message {
  return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from: BOT_INFO, text } as Message;
}

export const asUpdate = (msg: Message): Omit<Update, 'update_id'> => ({ message: msg }) as Omit<Update, 'update_id'>;
