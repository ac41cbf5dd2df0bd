/**
 * A screenshot of a resume DMed to the Slack app as an image file: the real Bolt app against the fake Slack
 * (test/helpers), the real engine, the OCR worker and the review, threaded under the summary, which says the
 * picture was read by OCR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors, warmUpOcr } from '../../src/core/extract/index.js';
import { allText, expectWithinLimits } from '../slack/helpers/assert-blocks.js';
import type { ApiCall } from '../slack/helpers/fake-slack.js';
import { startHarness, type Harness } from '../slack/helpers/harness.js';
import { eventEnvelope, nextUserTs, postEvent, uid } from '../slack/helpers/signed.js';
import { drawPicture, SAMPLE_LINES } from './fixtures.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ analyzer: createPipelineAnalyzer(), waitMs: 90_000 });
  await warmUpOcr();
}, 120_000);

afterAll(async () => {
  await h.stop();
  await shutdownExtractors();
});

describe('Slack picture, read by OCR', () => {
  it('reviews a JPEG shared in a DM: a summary saying OCR, section coaching quoting its lines in the thread', async () => {
    const jpeg = drawPicture(SAMPLE_LINES, { mime: 'image/jpeg' });
    const user = uid('U');
    const channel = uid('D');
    const fileId = uid('F');
    const url = h.fake.addFile(fileId, { bytes: jpeg, contentType: 'image/jpeg' });
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
          { id: fileId, name: 'resume.jpg', mimetype: 'image/jpeg', size: jpeg.byteLength, url_private_download: url },
        ],
      }),
    );
    const posts = (c: ApiCall) => c.method === 'chat.postMessage' && c.args.channel === channel;
    const summary = await h.fake.waitForCall(
      (c) => posts(c) && c.args.thread_ts === undefined && !allText(c.args).includes('Reading your resume'),
      'summary',
    );
    await h.bot.idle();

    const threaded = h.fake.calls.filter((c) => posts(c) && c.args.thread_ts === summary.result.ts);
    expect(allText(summary.args)).toMatch(/\d+\s*\/\s*100/);
    expect(allText(summary.args)).toMatch(/by OCR, so the lines I quote may contain misreads/);
    expect(threaded.map((c) => allText(c.args)).join('\n')).toContain('Responsible for the shipment tracking API');
    for (const call of [summary, ...threaded]) expectWithinLimits(call.args);
  }, 120_000);
});
