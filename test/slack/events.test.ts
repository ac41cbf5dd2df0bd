/** Slack payload → CoreEvent mapping, /resume parsing, config and the TTL set. */
import { describe, expect, it } from 'vitest';
import { slackEnv } from '../../src/adapters/slack/config.js';
import { ADAPTERS } from '../../src/adapters/registry.js';
import { loadConfig } from '../../src/config.js';
import { readEnv } from '../../src/core/env.js';
import { mapAppMention, mapMessageEvent, parseResumeCommand } from '../../src/adapters/slack/events.js';
import { RecentIds } from '../../src/adapters/shared/recent-ids.js';
import type { MapContext } from '../../src/adapters/slack/events.js';

const loadSlackConfig = (env: NodeJS.ProcessEnv) => readEnv(slackEnv, env);

const ctx = (over: Partial<MapContext> = {}): MapContext => ({
  eventId: 'Ev1',
  botUserId: 'UBOT',
  toFile: (f) => ({
    name: f.name ?? null,
    size: f.size ?? null,
    mimeType: f.mimetype ?? null,
    fetch: async () => new Uint8Array(),
  }),
  isBotThread: () => false,
  ...over,
});

describe('mapMessageEvent', () => {
  it('maps a DM file_share with its files and the event id', () => {
    const ev = mapMessageEvent(
      {
        type: 'message',
        subtype: 'file_share',
        channel: 'D1',
        channel_type: 'im',
        user: 'U1',
        text: '',
        ts: '1.1',
        files: [
          { id: 'F1', name: 'cv.pdf', size: 10, mimetype: 'application/pdf', url_private_download: 'https://files/x' },
          { bogus: true },
        ],
      },
      ctx(),
    );
    expect(ev).toMatchObject({
      id: 'Ev1',
      platform: 'slack',
      conversation: { id: 'D1', kind: 'dm' },
      threadId: null,
      messageId: '1.1',
      addressed: true,
      command: null,
    });
    expect(ev?.files.map((f) => [f.name, f.size, f.mimeType])).toEqual([['cv.pdf', 10, 'application/pdf']]);
  });

  it('takes channel thread replies only in threads the bot started, and leaves mentions to app_mention', () => {
    const reply = {
      type: 'message',
      channel: 'C1',
      channel_type: 'channel',
      user: 'U1',
      text: 'how do I quantify this',
      ts: '2.2',
      thread_ts: '1.1',
    };
    expect(mapMessageEvent({ ...reply, parent_user_id: 'UOTHER' }, ctx())).toBeNull();
    expect(mapMessageEvent({ ...reply, parent_user_id: 'UBOT' }, ctx())).toMatchObject({
      threadId: '1.1',
      replyTo: { messageId: '1.1', fromBot: true },
    });
    expect(mapMessageEvent(reply, ctx({ isBotThread: (c, t) => c === 'C1' && t === '1.1' }))).not.toBeNull();
    expect(mapMessageEvent({ ...reply, parent_user_id: 'UBOT', text: '<@UBOT> hi' }, ctx())).toBeNull();
    expect(
      mapMessageEvent(
        { type: 'message', channel: 'C1', channel_type: 'channel', user: 'U1', text: 'top level', ts: '3.3' },
        ctx(),
      ),
    ).toBeNull();
  });

  it('ignores bots, itself, edits and joins', () => {
    const base = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'hi', ts: '1.1' };
    expect(mapMessageEvent({ ...base, bot_id: 'B1' }, ctx())).toBeNull();
    expect(mapMessageEvent({ ...base, user: 'UBOT' }, ctx())).toBeNull();
    expect(mapMessageEvent({ ...base, subtype: 'message_changed' }, ctx())).toBeNull();
    expect(mapMessageEvent({ ...base, subtype: 'channel_join' }, ctx())).toBeNull();
    expect(mapMessageEvent({ nonsense: true }, ctx())).toBeNull();
    expect(mapMessageEvent(base, ctx())).not.toBeNull();
  });

  it('turns Slack markup back into what the user typed', () => {
    const ev = mapMessageEvent(
      {
        type: 'message',
        channel: 'D1',
        channel_type: 'im',
        user: 'U1',
        text: 'C++ &amp; Go &lt;3 <https://a.io|a.io>',
        ts: '1.1',
      },
      ctx(),
    );
    expect(ev?.text).toBe('C++ & Go <3 a.io');
  });
});

describe('mapAppMention', () => {
  it('threads a top-level mention on itself and strips the mention', () => {
    const ev = mapAppMention(
      { type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT> check', ts: '5.5' },
      ctx(),
    );
    expect(ev).toMatchObject({ conversation: { kind: 'channel' }, threadId: '5.5', text: 'check', addressed: true });
    expect(
      mapAppMention(
        { type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT> hi', ts: '6.6', thread_ts: '5.5' },
        ctx(),
      )?.threadId,
    ).toBe('5.5');
  });
});

describe('parseResumeCommand', () => {
  const known = ['check', 'ask', 'role', 'jd', 'forget', 'privacy', 'help'];
  it('picks a known subcommand, else treats the text as a question, and empty as help', () => {
    expect(parseResumeCommand('role backend', known)).toEqual({ name: 'role', args: 'backend' });
    expect(parseResumeCommand('  /Forget ', known)).toEqual({ name: 'forget', args: '' });
    expect(parseResumeCommand('is two pages too long?', known)).toEqual({
      name: 'ask',
      args: 'is two pages too long?',
    });
    expect(parseResumeCommand('', known)).toEqual({ name: 'help', args: '' });
  });
});

describe('loadSlackConfig', () => {
  it('chooses HTTP mode with a signing secret and Socket Mode with an app token', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toEqual({
      botToken: 'xoxb-1',
      oauth: null,
      apiUrl: 'https://slack.com/api/',
      mode: { kind: 'http', signingSecret: 's', port: 3000 },
    });
    expect(
      loadSlackConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
        SLACK_API_URL: 'http://127.0.0.1:9/api',
      }),
    ).toEqual({
      botToken: 'xoxb-1',
      oauth: null,
      apiUrl: 'http://127.0.0.1:9/api/',
      mode: { kind: 'socket', appToken: 'xapp-1' },
    });
  });

  it('OAuth installs: SLACK_CLIENT_ID with its secret and a state secret, no bot token, HTTP mode only', () => {
    const oauth = {
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: 'client-secret-0123456789',
      SLACK_STATE_SECRET: 'state-secret-0123456789',
      SLACK_SIGNING_SECRET: 's',
    };
    expect(loadSlackConfig(oauth)).toMatchObject({
      botToken: null,
      oauth: {
        clientId: '1111.2222',
        clientSecret: 'client-secret-0123456789',
        stateSecret: 'state-secret-0123456789',
        redirectUri: null,
        installationSecret: 'client-secret-0123456789',
      },
      mode: { kind: 'http' },
    });
    expect(
      loadSlackConfig({ ...oauth, SLACK_REDIRECT_URI: 'https://coach.example.com/slack/oauth_redirect' }).oauth
        ?.redirectUri,
    ).toBe('https://coach.example.com/slack/oauth_redirect');
    expect(() => loadSlackConfig({ ...oauth, SLACK_REDIRECT_URI: 'https://coach.example.com/callback' })).toThrow(
      /^SLACK_REDIRECT_URI: must end with \/slack\/oauth_redirect/,
    );
    expect(() => loadSlackConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/^SLACK_BOT_TOKEN: set either/);
    expect(() => loadSlackConfig({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/^SLACK_APP_TOKEN: OAuth installs/);
    expect(() => loadSlackConfig({ ...oauth, SLACK_STATE_SECRET: '' })).toThrow(/^SLACK_STATE_SECRET: required/);
    expect(() => loadSlackConfig({ ...oauth, SLACK_CLIENT_SECRET: '' })).toThrow(/^SLACK_CLIENT_SECRET: required/);
    expect(() => loadSlackConfig({ ...oauth, SLACK_STATE_SECRET: 'short' })).toThrow(/^SLACK_STATE_SECRET:/);
    expect(() => loadSlackConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/^SLACK_BOT_TOKEN: set it/);
    // SLACK_CLIENT_ID alone turns the adapter on.
    expect(loadConfig(oauth, ADAPTERS).adapters.map((a) => a.platform)).toEqual(['slack']);
  });

  it('names the bad variable and never echoes a secret', () => {
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /^SLACK_SIGNING_SECRET: required in HTTP mode/,
    );
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-secret-user-token', SLACK_SIGNING_SECRET: 's' })).toThrow(
      /^SLACK_BOT_TOKEN: must be a bot token/,
    );
    try {
      loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-secret-user-token', SLACK_SIGNING_SECRET: 's' });
    } catch (err) {
      expect(String(err)).not.toContain('secret-user-token');
    }
    expect(() =>
      loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: 'eighty' }),
    ).toThrow(/^SLACK_PORT:/);
  });
});

describe('RecentIds', () => {
  it('remembers keys until they expire and stays bounded', () => {
    let now = 0;
    const set = new RecentIds({ ttlMs: 1000, maxEntries: 3, now: () => now });
    expect(set.firstSeen('a')).toBe(true);
    expect(set.firstSeen('a')).toBe(false);
    now = 1001;
    expect(set.firstSeen('a')).toBe(true);
    for (const k of ['b', 'c', 'd', 'e']) set.add(k);
    expect(set.has('a')).toBe(false);
    expect(set.has('e')).toBe(true);
  });

  it('without a TTL keeps ids (numbers too) until newer ones push the oldest out', () => {
    let now = 0;
    const set = new RecentIds({ maxEntries: 2, now: () => now });
    expect(set.firstSeen(1)).toBe(true);
    now = 1e12;
    expect(set.firstSeen(1)).toBe(false);
    expect(set.firstSeen('2')).toBe(true);
    expect(set.firstSeen(3)).toBe(true);
    expect(set.has(1)).toBe(false);
    expect(set.has(2)).toBe(true);
  });
});
