/**
 * The real Bolt app in HTTP mode + the real engine, against a fake Slack Web API on 127.0.0.1. Requests are
 * signed as Slack signs them; every assertion is on what the bot actually sent to the fake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, BOT_USER_ID, type ApiCall } from './helpers/fake-slack.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { allText, expectWithinLimits } from './helpers/assert-blocks.js';
import { eventEnvelope, nextUserTs, postCommand, postEvent, uid } from './helpers/signed.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { SECTION_TITLES } from './helpers/analyzer.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.stop();
});

const resumeBytes = (lines: string[] = WEAK_BACKEND_RESUME) => new TextEncoder().encode(lines.join('\n'));

/** A DM file_share event carrying one file served by the fake. */
function dmFileShare(user: string, channel: string, fileId: string, extra: Record<string, unknown> = {}) {
  const url = h.fake.addFile(fileId, { bytes: resumeBytes(), contentType: 'application/pdf' });
  return {
    type: 'message',
    subtype: 'file_share',
    channel,
    channel_type: 'im',
    user,
    text: '',
    ts: nextUserTs(),
    files: [
      {
        id: fileId,
        name: 'resume.pdf',
        mimetype: 'application/pdf',
        size: resumeBytes().byteLength,
        url_private_download: url,
        url_private: url,
      },
    ],
    ...extra,
  };
}

const posts = (channel: string) => (c: ApiCall) => c.method === 'chat.postMessage' && c.args.channel === channel;
const isSummary = (c: ApiCall) => allText(c.args).includes('Resume review — 58/100');

describe('Slack over HTTP (real Bolt, real engine)', () => {
  it('DM file_share: progress, then the summary and one threaded message per section, all within Block Kit limits', async () => {
    const channel = uid('D');
    const res = await postEvent(h.eventsUrl, eventEnvelope(dmFileShare(uid('U'), channel, uid('F'))));
    expect(res.status).toBe(200);

    const all = await h.fake.waitForCalls(
      posts(channel),
      1 + 1 + SECTION_TITLES.slice(0, 3).length,
      'progress + summary + 3 sections',
    );
    const [progress, summary, ...sections] = all;
    expect(allText(progress!.args)).toContain('Reading your resume');
    await h.fake.waitForCall(
      (c) => c.method === 'chat.delete' && c.args.ts === progress!.result.ts,
      'progress removed',
    );

    expect(isSummary(summary!)).toBe(true);
    expect(summary!.args.thread_ts).toBeUndefined();
    expectWithinLimits(summary!.args);
    for (const [i, section] of sections.entries()) {
      expect(allText(section.args)).toContain(SECTION_TITLES[i]!);
      expect(section.args.thread_ts).toBe(summary!.result.ts);
      expect(section.args.unfurl_links).toBe('false');
      expectWithinLimits(section.args);
    }
    // The file was fetched once, with the bot token.
    expect(h.fake.fileCalls.filter((f) => f.authorization === `Bearer ${BOT_TOKEN}`).length).toBeGreaterThan(0);
  });

  it('answers a follow-up question in the thread of the review', async () => {
    const user = uid('U');
    const channel = uid('D');
    await postEvent(h.eventsUrl, eventEnvelope(dmFileShare(user, channel, uid('F'))));
    const summary = await h.fake.waitForCall((c) => posts(channel)(c) && isSummary(c), 'summary');
    await h.fake.waitForCalls((c) => posts(channel)(c) && c.args.thread_ts === summary.result.ts, 3, 'sections');
    const before = h.fake.calls.length;

    const question = {
      type: 'message',
      channel,
      channel_type: 'im',
      user,
      text: 'how do I quantify this?',
      ts: nextUserTs(),
      thread_ts: String(summary.result.ts),
      parent_user_id: BOT_USER_ID,
    };
    expect((await postEvent(h.eventsUrl, eventEnvelope(question))).status).toBe(200);
    const answer = await h.fake.waitForCall((c) => h.fake.calls.indexOf(c) >= before && posts(channel)(c), 'answer');
    expect(answer.args.thread_ts).toBe(summary.result.ts);
    expect(allText(answer.args).length).toBeGreaterThan(20);
    expectWithinLimits(answer.args);
  });

  it('/check in a channel: acked at once (before any work), then a thread where an upload is checked', async () => {
    const user = uid('U');
    const channel = uid('C');
    const release = h.fake.hold('chat.postMessage');
    const res = await postCommand(h.eventsUrl, {
      command: '/check',
      text: '',
      user_id: user,
      user_name: 'sam',
      channel_id: channel,
      channel_name: 'career',
      team_id: 'T0001',
      trigger_id: uid('trig'),
      response_url: `${h.fake.url}/response/${uid('r')}`,
    });
    // The HTTP answer (the ack) came back while the bot's first Web API call was still held.
    expect(res.status).toBe(200);
    expect(res.elapsedMs).toBeLessThan(3000);
    expect(h.fake.calls.some(posts(channel))).toBe(false);
    release();

    const prompt = await h.fake.waitForCall(posts(channel), 'prompt in channel');
    expect(prompt.args.thread_ts).toBeUndefined();
    expect(allText(prompt.args)).toContain(`<@${user}>`);
    expect(allText(prompt.args)).toContain('thread');

    const fileId = uid('F');
    const url = h.fake.addFile(fileId, { bytes: resumeBytes() });
    const upload = {
      type: 'message',
      subtype: 'file_share',
      channel,
      channel_type: 'channel',
      user,
      text: 'here it is',
      ts: nextUserTs(),
      thread_ts: String(prompt.result.ts),
      parent_user_id: BOT_USER_ID,
      files: [
        {
          id: fileId,
          name: 'cv.pdf',
          mimetype: 'application/pdf',
          size: resumeBytes().byteLength,
          url_private_download: url,
        },
      ],
    };
    await postEvent(h.eventsUrl, eventEnvelope(upload));
    const inThread = await h.fake.waitForCalls(
      (c) => posts(channel)(c) && c.args.thread_ts === prompt.result.ts && !allText(c.args).includes('Reading'),
      4,
      'summary + sections in the thread',
    );
    expect(isSummary(inThread[0]!)).toBe(true);
    for (const call of inThread) expectWithinLimits(call.args);
  });

  it('rejects unsigned, tampered and stale requests with 401 and runs nothing', async () => {
    const channel = uid('D');
    const event = eventEnvelope({
      type: 'message',
      channel,
      channel_type: 'im',
      user: uid('U'),
      text: 'help',
      ts: nextUserTs(),
    });
    const unsigned = await postEvent(h.eventsUrl, event, { unsigned: true });
    const tampered = await postEvent(h.eventsUrl, event, { tamper: (body) => body.replace('help', 'privacy') });
    const stale = await postEvent(h.eventsUrl, event, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    const wrongSecret = await postEvent(h.eventsUrl, event, { secret: 'not-the-secret' });
    expect([unsigned.status, tampered.status, stale.status, wrongSecret.status]).toEqual([401, 401, 401, 401]);

    // A correctly signed copy is then accepted and answered: proof the 401s were about the signature.
    expect((await postEvent(h.eventsUrl, event)).status).toBe(200);
    await h.fake.waitForCall(posts(channel), 'answer to the signed copy');
    expect(h.fake.calls.filter(posts(channel))).toHaveLength(1);
  });

  it('handles a retried event once (same event_id, x-slack-retry-num)', async () => {
    const channel = uid('D');
    const eventId = uid('Ev');
    const event = eventEnvelope(dmFileShare(uid('U'), channel, uid('F')), eventId);
    await postEvent(h.eventsUrl, event);
    const retry = await postEvent(h.eventsUrl, event, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await h.waitForLog((l) => l.msg === 'slack: duplicate event dropped' && l.eventId === eventId);
    await h.fake.waitForCalls((c) => posts(channel)(c) && c.args.thread_ts !== undefined, 3, 'sections');
    await h.bot.idle();
    expect(h.fake.calls.filter((c) => posts(channel)(c) && isSummary(c))).toHaveLength(1);
  });

  it('a download answered with HTML (missing files:read) gives a clear configuration error, in the DM', async () => {
    const channel = uid('D');
    const fileId = uid('F');
    const event = dmFileShare(uid('U'), channel, fileId);
    // The fake serves the sign-in page for ids it does not know.
    (event.files as { url_private_download: string }[])[0]!.url_private_download =
      `${h.fake.url}/files/${uid('missing')}`;
    await postEvent(h.eventsUrl, eventEnvelope(event));
    const error = await h.fake.waitForCall(
      (c) => posts(channel)(c) && allText(c.args).includes('files:read'),
      'error in DM',
    );
    expect(allText(error.args)).toMatch(/reinstall/i);
    expect(h.fake.calls.some((c) => posts(channel)(c) && isSummary(c))).toBe(false);
  });

  it('in a channel thread, the configuration error goes to the requester only (chat.postEphemeral)', async () => {
    const user = uid('U');
    const channel = uid('C');
    const parent = nextUserTs();
    const upload = {
      type: 'message',
      subtype: 'file_share',
      channel,
      channel_type: 'channel',
      user,
      text: '',
      ts: nextUserTs(),
      thread_ts: parent,
      parent_user_id: BOT_USER_ID,
      files: [
        { id: uid('F'), name: 'cv.pdf', size: 1200, url_private_download: `${h.fake.url}/files/${uid('missing')}` },
      ],
    };
    await postEvent(h.eventsUrl, eventEnvelope(upload));
    const eph = await h.fake.waitForCall(
      (c) => c.method === 'chat.postEphemeral' && c.args.channel === channel,
      'ephemeral error',
    );
    expect(eph.args.user).toBe(user);
    expect(eph.args.thread_ts).toBe(parent);
    expect(allText(eph.args)).toContain('files:read');
    expect(h.fake.calls.some((c) => posts(channel)(c) && allText(c.args).includes('files:read'))).toBe(false);
  });

  it('a 429 with Retry-After is waited out and the message delivered', async () => {
    const channel = uid('D');
    let limited = 0;
    h.fake.override('chat.postMessage', (call) => {
      if (call.args.channel !== channel || limited > 0) return null;
      limited += 1;
      return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
    });
    await postEvent(
      h.eventsUrl,
      eventEnvelope({ type: 'message', channel, channel_type: 'im', user: uid('U'), text: 'help', ts: nextUserTs() }),
    );
    const delivered = await h.fake.waitForCall((c) => posts(channel)(c) && c.status === 200, 'delivered after the 429');
    const attempts = h.fake.calls.filter(posts(channel));
    expect(attempts[0]!.status).toBe(429);
    expect(delivered.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(allText(delivered.args).length).toBeGreaterThan(0);
  });

  it('a mention with a file attached checks it in a thread on the mention', async () => {
    const channel = uid('C');
    const fileId = uid('F');
    const url = h.fake.addFile(fileId, { bytes: resumeBytes() });
    const ts = nextUserTs();
    const mention = {
      type: 'app_mention',
      channel,
      user: uid('U'),
      text: `<@${BOT_USER_ID}> please check`,
      ts,
      files: [{ id: fileId, name: 'cv.docx', size: resumeBytes().byteLength, url_private_download: url }],
    };
    await postEvent(h.eventsUrl, eventEnvelope(mention));
    const summary = await h.fake.waitForCall((c) => posts(channel)(c) && isSummary(c), 'summary');
    expect(summary.args.thread_ts).toBe(ts);
    await h.fake.waitForCalls(
      (c) => posts(channel)(c) && c.args.thread_ts === ts && !allText(c.args).includes('Reading'),
      4,
      'sections in the same thread',
    );
  });

  it('/check with pasted text in a channel announces the check and reviews it in that thread', async () => {
    const channel = uid('C');
    const res = await postCommand(h.eventsUrl, {
      command: '/check',
      text: WEAK_BACKEND_RESUME.join('\n'),
      user_id: uid('U'),
      channel_id: channel,
      channel_name: 'career',
      trigger_id: uid('trig'),
      response_url: `${h.fake.url}/response/${uid('r')}`,
    });
    expect(res.status).toBe(200);
    const parent = await h.fake.waitForCall(posts(channel), 'announcement');
    expect(allText(parent.args)).toContain('Checking');
    const summary = await h.fake.waitForCall((c) => posts(channel)(c) && isSummary(c), 'summary');
    expect(summary.args.thread_ts).toBe(parent.result.ts);
  });

  it('/check in a channel the bot is not in explains how to invite it, via response_url', async () => {
    const channel = uid('C');
    h.fake.override('chat.postMessage', (call) =>
      call.args.channel === channel ? { body: { ok: false, error: 'not_in_channel' } } : null,
    );
    const responseId = uid('r');
    await postCommand(h.eventsUrl, {
      command: '/check',
      text: '',
      user_id: uid('U'),
      channel_id: channel,
      channel_name: 'random',
      trigger_id: uid('trig'),
      response_url: `${h.fake.url}/response/${responseId}`,
    });
    const body = await h.fake.waitForResponse((b) => String(b.text).includes('/invite'));
    expect(body.response_type).toBe('ephemeral');
    expect(h.fake.responses.find((r) => r.id === responseId)).toBeDefined();
  });

  it('/resume subcommands in a channel answer the requester only; in a DM they are posted', async () => {
    const user = uid('U');
    const channel = uid('C');
    await postCommand(h.eventsUrl, {
      command: '/resume',
      text: 'help',
      user_id: user,
      channel_id: channel,
      trigger_id: uid('trig'),
      response_url: `${h.fake.url}/response/${uid('r')}`,
    });
    const help = await h.fake.waitForCall(
      (c) => c.method === 'chat.postEphemeral' && c.args.channel === channel,
      'ephemeral help',
    );
    expect(help.args.user).toBe(user);
    expect(allText(help.args)).toMatch(/check/i);
    // help speaks Slack's syntax: everything but /check lives under /resume
    expect(allText(help.args)).toContain('/resume role');
    expect(allText(help.args)).not.toMatch(/(^|[^e] )\/role:/);
    expect(h.fake.calls.some(posts(channel))).toBe(false);

    const dm = uid('D');
    await postCommand(h.eventsUrl, {
      command: '/resume',
      text: 'privacy',
      user_id: user,
      channel_id: dm,
      channel_name: 'directmessage',
      trigger_id: uid('trig'),
      response_url: `${h.fake.url}/response/${uid('r')}`,
    });
    const privacy = await h.fake.waitForCall(posts(dm), 'privacy in the DM');
    expectWithinLimits(privacy.args);
  });

  it("ignores channel chatter outside the bot's threads", async () => {
    const channel = uid('C');
    const otherThread = {
      type: 'message',
      channel,
      channel_type: 'channel',
      user: uid('U'),
      text: 'how do I quantify this',
      ts: nextUserTs(),
      thread_ts: nextUserTs(),
      parent_user_id: 'USOMEONE',
    };
    const topLevel = {
      type: 'message',
      channel,
      channel_type: 'channel',
      user: uid('U'),
      text: 'lunch?',
      ts: nextUserTs(),
    };
    await postEvent(h.eventsUrl, eventEnvelope(otherThread));
    await postEvent(h.eventsUrl, eventEnvelope(topLevel));
    // A later event in the same pipeline is answered; by then the earlier two have been dropped.
    const dm = uid('D');
    await postEvent(
      h.eventsUrl,
      eventEnvelope({
        type: 'message',
        channel: dm,
        channel_type: 'im',
        user: uid('U'),
        text: 'help',
        ts: nextUserTs(),
      }),
    );
    await h.fake.waitForCall(posts(dm), 'DM answer');
    await h.bot.idle();
    expect(h.fake.calls.some((c) => c.args.channel === channel)).toBe(false);
  });

  it('/check in a DM re-checks the last file sent there', async () => {
    const user = uid('U');
    const channel = uid('D');
    await postEvent(h.eventsUrl, eventEnvelope(dmFileShare(user, channel, uid('F'))));
    await h.fake.waitForCall((c) => posts(channel)(c) && isSummary(c), 'first summary');
    await h.bot.idle();
    const res = await postCommand(h.eventsUrl, {
      command: '/check',
      text: '',
      user_id: user,
      channel_id: channel,
      channel_name: 'directmessage',
      trigger_id: uid('trig'),
      response_url: `${h.fake.url}/response/${uid('r')}`,
    });
    expect(res.status).toBe(200);
    const summaries = await h.fake.waitForCalls((c) => posts(channel)(c) && isSummary(c), 2, 'second summary');
    expect(summaries[1]!.args.thread_ts).toBeUndefined();
    expect(h.fake.fileCalls.length).toBeGreaterThan(0);
  });

  it('/check in a DM with no file yet explains how files reach the bot on Slack', async () => {
    const user = uid('U');
    const channel = uid('D');
    await postCommand(h.eventsUrl, {
      command: '/check',
      text: '',
      user_id: user,
      channel_id: channel,
      channel_name: 'directmessage',
      trigger_id: uid('trig'),
      response_url: `${h.fake.url}/response/${uid('r')}`,
    });
    const hint = await h.fake.waitForCall(posts(channel), 'the no-file hint');
    expect(allText(hint.args)).toContain('upload the file in the thread I open');
    expect(allText(hint.args)).not.toContain('with the file attached');
  });
});
