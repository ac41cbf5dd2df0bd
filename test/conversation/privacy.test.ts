/** The one place that decides who sees a reply (src/core/conversation/privacy.ts). */
import { describe, expect, it } from 'vitest';
import { commandRepliesArePrivate, deliver } from '../../src/core/conversation/privacy.js';
import type { CommandSpec, CoreEvent } from '../../src/core/conversation/types.js';
import type { ReplyMessage } from '../../src/core/reply/types.js';
import { RecordingPlatform } from '../helpers/recording-channel.js';

const message: ReplyMessage = { kind: 'notice', title: 'Hi', tone: 'info', blocks: [] };
type Audience = CommandSpec['private'] | undefined;

function event(kind: 'dm' | 'channel', commandPrivate = false): CoreEvent {
  return new RecordingPlatform().event({
    conversation: { id: kind, kind },
    command: { name: 'x', args: '', ...(commandPrivate ? { private: true } : {}) },
  });
}

describe('who sees a reply', () => {
  // [where, message.private, command typed privately, spec.private, channel can whisper] → private?
  const table: [string, 'dm' | 'channel', boolean, boolean, Audience, boolean, boolean][] = [
    ['a DM is never "private" (nobody else is there)', 'dm', true, true, 'always', true, false],
    ['a plain channel reply', 'channel', false, false, undefined, true, false],
    ['an error or privacy notice', 'channel', true, false, undefined, false, true],
    ['a Slack slash command (seen by the requester alone)', 'channel', false, true, undefined, false, true],
    ["/forget's answers, without ephemeral messages", 'channel', false, false, 'always', false, true],
    ["/help's answers where the channel can whisper", 'channel', false, false, 'where-ephemeral', true, true],
    ["/help's answers where it cannot (Telegram groups)", 'channel', false, false, 'where-ephemeral', false, false],
  ];

  it.each(table)('%s', async (_name, kind, privateMessage, typedPrivately, audience, ephemeral, expected) => {
    const platform = new RecordingPlatform({ ephemeral });
    const e = event(kind, typedPrivately);
    const spec = audience ? { private: audience } : null;
    const ref = await deliver(e, platform.channelFor(e), { ...message, private: privateMessage }, spec);
    expect(platform.records.map((r) => r.op)).toEqual([expected ? 'private' : 'send']);
    expect(ref.messageId === '').toBe(expected);
    if (!privateMessage) expect(commandRepliesArePrivate(e, spec, ephemeral)).toBe(expected);
  });

  it('posts in place as a reply to the user message', async () => {
    const platform = new RecordingPlatform();
    const e = event('channel');
    await deliver(e, platform.channelFor(e), message);
    expect(platform.records[0]).toMatchObject({ op: 'send', replyTo: e.messageId });
  });
});
