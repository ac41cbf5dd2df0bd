/**
 * A phone screenshot sent to the Telegram bot as a photo (compressed by Telegram, several sizes): the real
 * grammY against the fake Bot API, the real engine, the OCR worker, the review. The largest size is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors, warmUpOcr } from '../../src/core/extract/index.js';
import { createTestEngine } from '../telegram/helpers/engine.js';
import type { SentMessage } from '../telegram/helpers/fake-telegram.js';
import { startHarness, type Harness } from '../telegram/helpers/harness.js';
import { htmlProblem, visibleText } from '../telegram/helpers/html-check.js';
import { ALICE, asUpdate, dmChat, message } from '../telegram/helpers/updates.js';
import { drawPicture, SAMPLE_LINES } from './fixtures.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness(await createTestEngine(createPipelineAnalyzer()));
  await warmUpOcr();
}, 60_000);

afterAll(async () => {
  await h.stop();
  await shutdownExtractors();
});

const repliesTo = (id: number) => (m: SentMessage) => m.reply_parameters?.message_id === id;

describe('Telegram photo, read by OCR', () => {
  it('reviews a photo of a resume from its largest size and says it was read by OCR', async () => {
    const jpeg = drawPicture(SAMPLE_LINES, { mime: 'image/jpeg' });
    // The thumbnail is not a picture at all: reading it instead of the largest size would fail the check.
    const thumb = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1]);
    const photo = message(dmChat(ALICE), ALICE, {
      photo: [
        { file_id: h.fake.addFile(thumb), file_unique_id: 't', width: 90, height: 60, file_size: thumb.byteLength },
        { file_id: h.fake.addFile(jpeg), file_unique_id: 'l', width: 1240, height: 900, file_size: jpeg.byteLength },
      ],
    });
    h.fake.push(asUpdate(photo));
    await h.fake.waitFor(
      () =>
        h.fake.sent(ALICE.id).some((m) => visibleText(m.text).includes('Responsible for the shipment tracking API')),
      'the experience section, quoting its first bullet',
      30_000,
    );
    const sent = h.fake.sent(ALICE.id);
    const summary = sent.find(repliesTo(photo.message_id));
    expect(visibleText(summary?.text ?? '')).toMatch(/Resume review: \d+\/100/);
    expect(visibleText(summary?.text ?? '')).toMatch(/by OCR, so the lines I quote may contain misreads/);
    for (const m of sent) expect(htmlProblem(m.text)).toBeNull();
  }, 60_000);
});
