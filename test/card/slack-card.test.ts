/**
 * The card on Slack, end to end: the real Bolt app and web client against the fake Slack, the real checker.
 * files.uploadV2 runs its three steps (getUploadURLExternal, the upload, completeUploadExternal) and the
 * card lands in the summary's thread before the section messages; a refused upload (missing files:write)
 * loses nothing but the picture, and is logged with its code.
 */
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors, warmUpExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { allText } from '../slack/helpers/assert-blocks.js';
import { BOT_TOKEN, type ApiCall } from '../slack/helpers/fake-slack.js';
import { startHarness, type Harness } from '../slack/helpers/harness.js';
import { eventEnvelope, nextUserTs, postEvent, uid } from '../slack/helpers/signed.js';

let h: Harness;
let pdf: Uint8Array;

beforeAll(async () => {
  warmUpExtractors();
  h = await startHarness({ analyzer: createPipelineAnalyzer(), waitMs: 60_000 });
  pdf = await makeTextPdf(WEAK_BACKEND_RESUME);
}, 60_000);

afterAll(async () => {
  await h.stop();
  await shutdownExtractors();
});

/** DMs the PDF and waits until everything the check posts has been posted; returns the summary call. */
async function dmResume(user: string, channel: string): Promise<ApiCall> {
  const fileId = uid('F');
  const url = h.fake.addFile(fileId, { bytes: pdf, contentType: 'application/pdf' });
  await postEvent(
    h.eventsUrl,
    eventEnvelope({
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
          size: pdf.byteLength,
          url_private_download: url,
        },
      ],
    }),
  );
  const summary = await h.fake.waitForCall(
    (c) =>
      c.method === 'chat.postMessage' &&
      c.args.channel === channel &&
      c.args.thread_ts === undefined &&
      /\d+\s*\/\s*100/.test(allText(c.args)),
    'summary',
  );
  await h.bot.idle();
  return summary;
}

const sectionPosts = (channel: string, ts: unknown) =>
  h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel && c.args.thread_ts === ts);

describe('the card on Slack', () => {
  it('uploads card.png with files.uploadV2 into the summary’s thread, ahead of the section messages', async () => {
    const channel = uid('D');
    const uploadsBefore = h.fake.uploads.length;
    const summary = await dmResume(uid('U'), channel);

    const ask = h.fake.calls.filter((c) => c.method === 'files.getUploadURLExternal');
    const complete = h.fake.calls.filter(
      (c) => c.method === 'files.completeUploadExternal' && c.args.channel_id === channel,
    );
    expect(complete).toHaveLength(1);
    const [uploaded, ...more] = h.fake.uploads.slice(uploadsBefore);
    expect(more).toHaveLength(0);
    const bytes = uploaded?.bytes ?? new Uint8Array();
    expect(Buffer.from(bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(imageSize(bytes)).toMatchObject({ width: 1200, height: 630, type: 'png' });
    const request = ask.find(
      (c) =>
        (h.fake.calls.indexOf(c) ?? 0) < h.fake.calls.indexOf(complete[0] as ApiCall) &&
        c.result.file_id === uploaded?.fileId,
    );
    expect(request?.args).toMatchObject({ filename: 'card.png', length: String(bytes.byteLength) });
    expect(String(request?.args.alt_text)).toMatch(/^Resume score \d+\/100\. Reviewed as /);
    expect(String(request?.args.alt_text).length).toBeLessThanOrEqual(1000);
    expect(request?.authorization).toBe(`Bearer ${BOT_TOKEN}`);

    const done = complete[0];
    expect(done?.args.thread_ts).toBe(summary.result.ts);
    expect(done?.args.files).toEqual([
      { id: uploaded?.fileId, title: expect.stringMatching(/^Resume score \d+\/100/) },
    ]);
    const sections = sectionPosts(channel, summary.result.ts);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    const at = (c: ApiCall | undefined) => h.fake.calls.indexOf(c as ApiCall);
    expect(at(summary)).toBeLessThan(at(done));
    expect(at(done)).toBeLessThan(at(sections[0]));
  }, 120_000);

  it('without files:write the review still arrives in full, once, and the failure is logged with its code', async () => {
    let refused = 0;
    h.fake.override('files.getUploadURLExternal', () =>
      refused++ === 0 ? { body: { ok: false, error: 'missing_scope', needed: 'files:write' } } : null,
    );
    const channel = uid('D');
    const summary = await dmResume(uid('U'), channel);
    expect(refused).toBeGreaterThan(0);
    expect(h.fake.calls.some((c) => c.method === 'files.completeUploadExternal' && c.args.channel_id === channel)).toBe(
      false,
    );
    const summaries = h.fake.calls.filter(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args.channel === channel &&
        c.args.thread_ts === undefined &&
        /\d+\s*\/\s*100/.test(allText(c.args)),
    );
    expect(summaries).toHaveLength(1);
    expect(sectionPosts(channel, summary.result.ts).length).toBeGreaterThanOrEqual(3);
    const failure = h.logs.find((l) => l.code === 'card-upload-failed');
    expect(failure).toMatchObject({ platform: 'slack', err: { slackCode: 'missing_scope' } });
    expect(JSON.stringify(h.logs)).not.toContain(BOT_TOKEN);
  }, 120_000);
});
