/**
 * End to end with the real checker: a PDF generated here is DMed to the real Bolt app, the real engine
 * reviews it with the real pipeline, and what reaches the fake Slack is a summary plus threaded section
 * messages that all fit Slack's limits; a follow-up in the thread is answered there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors, warmUpExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { BOT_USER_ID, type ApiCall } from './helpers/fake-slack.js';
import { startHarness, type Harness } from './helpers/harness.js';
import { allText, expectWithinLimits } from './helpers/assert-blocks.js';
import { eventEnvelope, nextUserTs, postEvent, uid } from './helpers/signed.js';

let h: Harness;

beforeAll(async () => {
  warmUpExtractors();
  h = await startHarness({ analyzer: createPipelineAnalyzer(), waitMs: 60_000 });
});

afterAll(async () => {
  await h.stop();
  await shutdownExtractors();
});

describe('Slack with the real checker', () => {
  it('reviews a DMed PDF: summary, then section coaching in its thread, then a follow-up answered there', async () => {
    const user = uid('U');
    const channel = uid('D');
    const pdf = await makeTextPdf(WEAK_BACKEND_RESUME);
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
            name: 'jordan.pdf',
            mimetype: 'application/pdf',
            size: pdf.byteLength,
            url_private_download: url,
          },
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
    expect(threaded.length).toBeGreaterThanOrEqual(3);
    for (const call of [summary, ...threaded]) {
      expectWithinLimits(call.args);
      expect(allText(call.args)).not.toMatch(/<[!@#]/);
    }
    // The coaching quotes the user's own weak line.
    expect(threaded.map((c) => allText(c.args)).join('\n')).toContain('Responsible for the orders API');

    const before = h.fake.calls.length;
    await postEvent(
      h.eventsUrl,
      eventEnvelope({
        type: 'message',
        channel,
        channel_type: 'im',
        user,
        text: 'how do I quantify this?',
        ts: nextUserTs(),
        thread_ts: String(summary.result.ts),
        parent_user_id: BOT_USER_ID,
      }),
    );
    const answer = await h.fake.waitForCall((c) => h.fake.calls.indexOf(c) >= before && posts(c), 'answer');
    expect(answer.args.thread_ts).toBe(summary.result.ts);
    expectWithinLimits(answer.args);
    expect(allText(answer.args)).toMatch(/\[[A-Z]\]|\[X\]|number|%/i);
  }, 120_000);
});
