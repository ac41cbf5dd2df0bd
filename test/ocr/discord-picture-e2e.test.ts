/**
 * A screenshot of a resume DMed to the Discord bot as an image attachment: the real discord.js against the fake
 * Discord (test/helpers), the real engine, the OCR worker and the review. The review quotes the picture's
 * own lines and says it was read by OCR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors, warmUpOcr } from '../../src/core/extract/index.js';
import { IDS, limitViolations, type RecordedRequest } from '../discord/helpers/fake-discord.js';
import { startHarness, type Harness } from '../discord/helpers/harness.js';
import { drawPicture, SAMPLE_LINES } from './fixtures.js';

const titles = (requests: RecordedRequest[]): string[] =>
  requests.map((r) => (r.body as { embeds?: { title?: string }[] }).embeds?.[0]?.title ?? '');

let h: Harness;

beforeAll(async () => {
  // Loading the OCR model on the busy 2-core machine takes a while: allow for it.
  h = await startHarness({
    analyzer: createPipelineAnalyzer(),
    engineConfig: { extractTimeoutMs: 60_000 },
    restTimeoutMs: 30_000,
  });
  await warmUpOcr();
}, 120_000);

afterAll(async () => {
  await h.close();
  await shutdownExtractors();
});

describe('Discord picture, read by OCR', () => {
  it('reviews a PNG attachment in a DM: summary saying OCR, then sections quoting its lines', async () => {
    const png = drawPicture(SAMPLE_LINES);
    const file = h.fake.attachment('resume.png', png, 'image/png');
    const message = h.fake.userMessage({ channelId: IDS.dm, guild: false, attachments: [file] });
    expect((await h.settle('MESSAGE_CREATE', message)).handled).toBe(true);

    const sent = h.fake.find('POST', new RegExp(`^/channels/${IDS.dm}/messages$`));
    const all = JSON.stringify(sent.map((r) => r.body));
    expect(titles(sent)[0]).toMatch(/\d+\/100/);
    expect(titles(sent).slice(1).join(' | ')).toMatch(/Experience/i);
    expect(all).toMatch(/by OCR, so the lines I quote may contain misreads/);
    expect(all).toContain('Responsible for the shipment tracking API');
    for (const r of sent) expect(limitViolations(r.body)).toEqual([]);
  }, 120_000);
});
