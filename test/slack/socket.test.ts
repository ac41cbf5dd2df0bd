/**
 * Socket Mode: the real Bolt SocketModeReceiver connects to the fake's WebSocket (the URL comes from
 * apps.connections.open), acks envelopes, and disconnects cleanly on stop.
 */
import { describe, expect, it } from 'vitest';
import { startHarness } from './helpers/harness.js';
import { allText } from './helpers/assert-blocks.js';
import { eventEnvelope, nextUserTs, uid } from './helpers/signed.js';

describe('Slack over Socket Mode', () => {
  it('acks an events_api envelope and a slash command, answers, and disconnects on stop', async () => {
    const h = await startHarness({ mode: 'socket' });
    try {
      await h.fake.socketConnected();
      const open = h.fake.calls.find((c) => c.method === 'apps.connections.open');
      expect(open?.authorization).toBe('Bearer xapp-test-token');

      const channel = uid('D');
      const envelopeId = uid('env');
      const ack = await h.fake.socketSend({
        envelope_id: envelopeId,
        type: 'events_api',
        payload: eventEnvelope({
          type: 'message',
          channel,
          channel_type: 'im',
          user: uid('U'),
          text: 'help',
          ts: nextUserTs(),
        }),
      });
      expect(ack.envelope_id).toBe(envelopeId);
      const reply = await h.fake.waitForCall(
        (c) => c.method === 'chat.postMessage' && c.args.channel === channel,
        'help reply',
      );
      expect(allText(reply.args)).toMatch(/check/i);

      const cmdAck = await h.fake.socketSend({
        envelope_id: uid('env'),
        type: 'slash_commands',
        payload: {
          command: '/check',
          text: '',
          user_id: uid('U'),
          channel_id: uid('C'),
          channel_name: 'career',
          trigger_id: uid('trig'),
          response_url: `${h.fake.url}/response/x`,
        },
      });
      expect(cmdAck.envelope_id).toBeDefined();
      await h.fake.waitForCall(
        (c) => c.method === 'chat.postMessage' && allText(c.args).includes('reply in this thread'),
        '/check prompt',
      );
    } finally {
      const closed = h.fake.socketClosed();
      await h.bot.stop();
      await closed;
      await h.fake.close();
    }
  });
});
