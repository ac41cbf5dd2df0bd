/** Telegram message → CoreEvent mapping (pure). */
import { describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import type { IncomingFile } from '../../src/core/conversation/types.js';
import { toCoreEvent } from '../../src/adapters/telegram/event.js';
import type { TelegramFileRef } from '../../src/adapters/telegram/files.js';
import { BOT_INFO } from './helpers/fake-telegram.js';
import { ALICE, FORUM, GROUP, botMessage, dmChat, documentMessage, message, textMessage } from './helpers/updates.js';

const made: TelegramFileRef[] = [];
const deps = {
  bot: { id: BOT_INFO.id, username: BOT_INFO.username },
  makeFile: (ref: TelegramFileRef): IncomingFile => {
    made.push(ref);
    return {
      name: ref.file_name ?? null,
      size: ref.file_size ?? null,
      mimeType: ref.mime_type ?? null,
      fetch: () => Promise.reject(new Error('not in this test')),
    };
  },
  resolveMessageId: (_chat: number, id: number) => (id === 9002 ? '9001' : String(id)),
  knownCommands: new Set(['check', 'help']),
};

const map = (msg: Message) => toCoreEvent(1, msg, deps);

describe('toCoreEvent', () => {
  it('maps a DM document to an addressed event with one file carrying its size', () => {
    const event = map(
      documentMessage(dmChat(ALICE), ALICE, {
        fileId: 'f1',
        size: 1234,
        name: 'cv.docx',
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    );
    expect(event).toMatchObject({
      id: 'tg:1',
      platform: 'telegram',
      user: { id: String(ALICE.id), name: 'Alice Tester' },
      conversation: { kind: 'dm' },
      addressed: true,
      text: '',
      threadId: null,
    });
    expect(event?.files).toHaveLength(1);
    expect(event?.files[0]).toMatchObject({ name: 'cv.docx', size: 1234 });
  });

  it('maps a reply to a later part of a split bot message to its first part', () => {
    const event = map(textMessage(dmChat(ALICE), ALICE, 'why?', { reply_to_message: botMessage(dmChat(ALICE), 9002) }));
    expect(event?.replyTo).toMatchObject({ fromBot: true, messageId: '9001', files: [] });
  });

  it('in groups, addresses commands for this bot, mentions and replies to the bot, and nothing else', () => {
    expect(map(textMessage(GROUP, ALICE, 'just chatting'))?.addressed).toBe(false);
    expect(map(textMessage(GROUP, ALICE, '/check@Resume_Coach_Bot please'))).toMatchObject({
      addressed: true,
      command: { name: 'check', args: 'please' },
      text: '/check please',
    });
    expect(map(textMessage(GROUP, ALICE, '/check@other_bot'))).toBeNull();
    const mention = map(
      textMessage(GROUP, ALICE, '@resume_coach_bot how long should it be?', {
        entities: [{ type: 'mention', offset: 0, length: 17 }],
      }),
    );
    expect(mention).toMatchObject({ addressed: true, text: 'how long should it be?', command: null });
    expect(map(textMessage(GROUP, ALICE, 'and this?', { reply_to_message: botMessage(GROUP, 50) }))?.addressed).toBe(
      true,
    );
  });

  it('maps /start to /help when the engine has no start command', () => {
    expect(map(textMessage(dmChat(ALICE), ALICE, '/start'))).toMatchObject({
      command: { name: 'help', args: '' },
      text: '/help',
    });
  });

  it('does not treat the forum topic root as a replied-to message, and keeps the topic as the thread', () => {
    const root = message(FORUM, ALICE, { message_id: 42, forum_topic_created: { name: 'CVs', icon_color: 1 } });
    const event = map(
      textMessage(FORUM, ALICE, '/check', { message_thread_id: 42, is_topic_message: true, reply_to_message: root }),
    );
    expect(event).toMatchObject({ threadId: '42', replyTo: null });
    // message_thread_id outside a forum (a reply thread in a plain supergroup) is not a topic.
    expect(map(textMessage(GROUP, ALICE, '/check', { message_thread_id: 42 }))?.threadId).toBeNull();
  });

  it('ignores bots, channel posts and empty service messages; offers photos as files so the engine can explain', () => {
    expect(map(textMessage(dmChat(ALICE), { ...ALICE, is_bot: true }, 'hi'))).toBeNull();
    expect(map({ message_id: 3, date: 0, chat: GROUP, new_chat_title: 'x' } as unknown as Message)).toBeNull();
    const photo = map(
      message(dmChat(ALICE), ALICE, {
        photo: [
          { file_id: 's', file_unique_id: 's', width: 90, height: 90 },
          { file_id: 'l', file_unique_id: 'l', width: 1280, height: 1280, file_size: 200_000 },
        ],
      }),
    );
    expect(photo?.files[0]).toMatchObject({ mimeType: 'image/jpeg', size: 200_000 });
    expect(made.at(-1)?.file_id).toBe('l');
  });
});
