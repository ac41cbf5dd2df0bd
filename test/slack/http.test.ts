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
    files: [{ id: fileId, name: 'resume.pdf', mimetype: 'application/pdf', size: resumeBytes().byteLength, url_private_download: url, url_private: url }],
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

    const all = await h.fake.waitForCalls(posts(channel), 1 + 1 + SECTION_TITLES.slice(0, 3).length, 'progress + summary + 3 sections');
    const [progress, summary, ...sections] = all;
    expect(allText(progress!.args)).toContain('Reading your resume');
    await h.fake.waitForCall((c) => c.method === 'chat.delete' && c.args.ts === progress!.result.ts, 'progress removed');

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
});
