/**
 * Multi-workspace installs through Bolt's real OAuth flow (InstallProvider on the HTTP receiver) against
 * the fake Slack: two workspaces install, each one's events are answered with its own bot token, and an
 * uninstall (app_uninstalled / tokens_revoked) deletes that installation from our store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackOutlet } from '../../src/adapters/slack/outbound.js';
import { SLACK_BOT_SCOPES } from '../../src/adapters/slack/scopes.js';
import type { ApiCall, FakeWorkspace } from './helpers/fake-slack.js';
import { OAUTH, startHarness, type Harness } from './helpers/harness.js';
import { eventEnvelope, nextUserTs, postEvent, uid } from './helpers/signed.js';
import { pino } from 'pino';

const ONE: FakeWorkspace = {
  code: 'code-one',
  teamId: 'TONE0001',
  teamName: 'One',
  botToken: 'xoxb-one-secret-token',
  botUserId: 'UBOTONE',
  botId: 'BBOTONE',
};
const TWO: FakeWorkspace = {
  code: 'code-two',
  teamId: 'TTWO0002',
  teamName: 'Two',
  botToken: 'xoxb-two-secret-token',
  botUserId: 'UBOTTWO',
  botId: 'BBOTTWO',
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ oauth: true });
  h.fake.addWorkspace(ONE);
  h.fake.addWorkspace(TWO);
});

afterAll(async () => {
  await h.stop();
});

/** Runs the browser's side of the install: /slack/install → Slack's consent page → /slack/oauth_redirect. */
async function install(ws: FakeWorkspace): Promise<{ location: URL; redirect: Response }> {
  const start = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const location = new URL(start.headers.get('location') ?? '');
  const state = location.searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toContain(state);
  const redirect = await fetch(
    `${h.baseUrl}/slack/oauth_redirect?code=${encodeURIComponent(ws.code)}&state=${encodeURIComponent(state)}`,
    { headers: { cookie }, redirect: 'manual' },
  );
  return { location, redirect };
}

const dmText = (channel: string, text: string) => ({
  type: 'message',
  channel,
  channel_type: 'im',
  user: uid('U'),
  text,
  ts: nextUserTs(),
});

const postsIn = (channel: string) => (c: ApiCall) => c.method === 'chat.postMessage' && c.args.channel === channel;

async function storedValues(): Promise<string> {
  const all: string[] = [];
  for await (const [key, value] of h.kv.entries()) all.push(`${key}=${JSON.stringify(value)}`);
  return all.join('\n');
}

describe('Slack OAuth installs (real Bolt InstallProvider, installations in our store)', () => {
  it('/slack/install sends the browser to Slack with our client id, the bot scopes and a signed state', async () => {
    const start = await fetch(`${h.baseUrl}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe(OAUTH.clientId);
    expect(location.searchParams.get('scope')?.split(',').sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(location.searchParams.get('state')).toMatch(/\S{20,}/);
  });

  it('a redirect with a forged state installs nothing', async () => {
    const res = await fetch(`${h.baseUrl}/slack/oauth_redirect?code=${ONE.code}&state=forged`, { redirect: 'manual' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(h.fake.calls.some((c) => c.method === 'oauth.v2.access')).toBe(false);
    expect(await storedValues()).not.toContain('slack-install:');
  });

  it('installs two workspaces; each one’s event is answered with its own token; uninstalls delete them', async () => {
    for (const ws of [ONE, TWO]) {
      const { redirect } = await install(ws);
      expect(redirect.status).toBe(200);
    }
    const exchanges = h.fake.calls.filter((c) => c.method === 'oauth.v2.access');
    expect(exchanges.map((c) => c.args.code)).toEqual([ONE.code, TWO.code]);
    // Kept in our store, encrypted: neither token appears in it.
    const stored = await storedValues();
    expect(stored).toContain(`slack-install:team:${ONE.teamId}`);
    expect(stored).toContain(`slack-install:team:${TWO.teamId}`);
    expect(stored).not.toContain(ONE.botToken);
    expect(stored).not.toContain(TWO.botToken);

    const channels = { one: uid('D'), two: uid('D') };
    await postEvent(
      h.eventsUrl,
      eventEnvelope(dmText(channels.one, 'help'), uid('Ev'), { team: ONE.teamId, botUser: ONE.botUserId }),
    );
    await postEvent(
      h.eventsUrl,
      eventEnvelope(dmText(channels.two, 'help'), uid('Ev'), { team: TWO.teamId, botUser: TWO.botUserId }),
    );
    const [one] = await h.fake.waitForCalls(postsIn(channels.one), 1, 'answer in workspace one');
    const [two] = await h.fake.waitForCalls(postsIn(channels.two), 1, 'answer in workspace two');
    expect(one?.authorization).toBe(`Bearer ${ONE.botToken}`);
    expect(two?.authorization).toBe(`Bearer ${TWO.botToken}`);

    // Workspace two's upload is downloaded with its own token.
    const fileId = uid('F');
    const url = h.fake.addFile(fileId, {
      bytes: new TextEncoder().encode('Jane Doe\nExperience'),
      contentType: 'text/plain',
    });
    const share = {
      ...dmText(channels.two, ''),
      subtype: 'file_share',
      files: [
        { id: fileId, name: 'cv.txt', mimetype: 'text/plain', size: 19, url_private_download: url, url_private: url },
      ],
    };
    await postEvent(h.eventsUrl, eventEnvelope(share, uid('Ev'), { team: TWO.teamId, botUser: TWO.botUserId }));
    await h.fake.waitForCall(() => h.fake.fileCalls.some((f) => f.id === fileId), 'the download');
    expect(h.fake.fileCalls.find((f) => f.id === fileId)?.authorization).toBe(`Bearer ${TWO.botToken}`);

    // A queued check is answered from another process with the same workspace's token.
    const outlet = await slackOutlet({
      config: {
        botToken: null,
        apiUrl: h.fake.apiUrl,
        oauth: { ...OAUTH, scopes: SLACK_BOT_SCOPES, redirectUri: null },
      },
      log: pino({ level: 'silent' }),
      kv: h.kv,
    });
    const place = {
      channel: channels.two,
      user: 'U2',
      threadTs: null,
      isDm: true,
      teamId: TWO.teamId,
      enterpriseId: null,
      orgInstall: false,
    };
    const reopened = await outlet.open(place);
    await reopened?.send({ kind: 'answer', title: 'Hi', tone: 'info', blocks: [{ type: 'paragraph', text: 'again' }] });
    const again = await h.fake.waitForCall(
      (c) => postsIn(channels.two)(c) && JSON.stringify(c.args).includes('again'),
      'posted from the outlet',
    );
    expect(again?.authorization).toBe(`Bearer ${TWO.botToken}`);

    // Uninstall workspace one; revoke workspace two's bot token.
    await postEvent(h.eventsUrl, eventEnvelope({ type: 'app_uninstalled' }, uid('Ev'), { team: ONE.teamId }));
    await h.waitForLog((l) => l.msg === 'slack: installation deleted' && l.teamId === ONE.teamId);
    await postEvent(
      h.eventsUrl,
      eventEnvelope({ type: 'tokens_revoked', tokens: { bot: [TWO.botUserId] } }, uid('Ev'), { team: TWO.teamId }),
    );
    await h.waitForLog((l) => l.msg === 'slack: installation deleted' && l.teamId === TWO.teamId);
    expect(await storedValues()).not.toContain('slack-install:');
    expect(await outlet.open(place)).toBeNull();

    // An event from an uninstalled workspace is acked and not answered (authorization fails).
    const late = uid('D');
    const res = await postEvent(h.eventsUrl, eventEnvelope(dmText(late, 'help'), uid('Ev'), { team: ONE.teamId }));
    expect(res.status).toBe(200);
    await h.waitForLog((l) => l.msg.includes('Authorization of incoming event did not succeed'));
    expect(h.fake.calls.filter(postsIn(late))).toEqual([]);
    // Tokens never reach the log.
    const logged = JSON.stringify(h.logs);
    expect(logged).not.toContain(ONE.botToken);
    expect(logged).not.toContain(TWO.botToken);
    expect(logged).not.toContain(OAUTH.clientSecret);
  });
});
