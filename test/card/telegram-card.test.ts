/**
 * The card on Telegram, end to end: the real grammY against the fake Bot API, the real checker. The photo
 * (a 1200×630 PNG, multipart upload) comes first, replying to the user's file; the text review follows;
 * if sendPhoto fails the text still arrives, once, and the failure is logged with a code and no token.
 */
import { imageSize } from 'image-size';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramRuntime, type TelegramRuntime } from '../../src/adapters/telegram/runtime.js';
import { renderTelegramMessage } from '../../src/adapters/telegram/render.js';
import type { Analysis } from '../../src/core/conversation/analyzer.js';
import { createPipelineAnalyzer } from '../../src/core/conversation/pipeline-analyzer.js';
import { shutdownExtractors } from '../../src/core/extract/index.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import { WEAK_BACKEND_RESUME } from '../helpers/sample-resumes.js';
import { createTestEngine } from '../telegram/helpers/engine.js';
import { BOT_TOKEN, FakeTelegram } from '../telegram/helpers/fake-telegram.js';
import { ALICE, asUpdate, dmChat, documentMessage } from '../telegram/helpers/updates.js';

const analyzer = createPipelineAnalyzer();
const LIMITS = { maxBytes: 5_000_000, maxPages: 4, timeoutMs: 20_000 };
const IMPROVED = WEAK_BACKEND_RESUME.map((line) =>
  line.includes('Responsible for the orders API')
    ? '• Rebuilt the orders API in Go, cutting p99 latency from 900 ms to 120 ms at 2k QPS'
    : line,
);
let pdf: Uint8Array;
let improvedPdf: Uint8Array;
let expected: Analysis;

interface Running {
  fake: FakeTelegram;
  runtime: TelegramRuntime;
  logLines: string[];
}
let running: Running | null = null;

async function start(): Promise<Running> {
  const fake = await new FakeTelegram(BOT_TOKEN).start();
  const logLines: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
  const runtime = createTelegramRuntime({
    engine: await createTestEngine(analyzer),
    log,
    config: { token: BOT_TOKEN, apiRoot: fake.apiRoot, webhook: null, pollTimeoutSeconds: 30 },
    retry: { maxRetryAttempts: 0, maxDelaySeconds: 1 },
    apiTimeoutSeconds: 10,
  });
  await runtime.start();
  running = { fake, runtime, logLines };
  return running;
}

beforeAll(async () => {
  pdf = await makeTextPdf(WEAK_BACKEND_RESUME);
  improvedPdf = await makeTextPdf(IMPROVED);
  expected = await analyzer.analyzeFile(pdf, {
    fileName: 'resume.pdf',
    role: null,
    jobDescription: null,
    limits: LIMITS,
  });
}, 60_000);

afterEach(async () => {
  await running?.runtime.stop();
  await running?.fake.close();
  running = null;
});

afterAll(() => shutdownExtractors());

const textCount = (a: Analysis) => a.document.messages.reduce((n, m) => n + renderTelegramMessage(m).length, 0);

describe('the card on Telegram', () => {
  it('sends the card as a photo first, replying to the file, then the text review', async () => {
    const { fake } = await start();
    const doc = documentMessage(dmChat(ALICE), ALICE, { fileId: fake.addFile(pdf), size: pdf.byteLength });
    fake.push(asUpdate(doc));
    const total = textCount(expected);
    await fake.waitFor(() => fake.sent(ALICE.id).length >= total, `${total} messages`, 30_000);
    const [photo, ...more] = fake.photos(ALICE.id);
    expect(more).toHaveLength(0);
    if (!photo) throw new Error('no photo');
    expect(Buffer.from(photo.photo.bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(imageSize(photo.photo.bytes)).toMatchObject({ width: 1200, height: 630, type: 'png' });
    expect(photo.photo).toMatchObject({ field: 'photo', fileName: 'card.png' });
    expect(photo.reply_parameters?.message_id).toBe(doc.message_id);
    // The caption is the picture in words (Telegram photos have no alt text), within the caption limit.
    expect(photo.caption).toContain(`Resume score ${expected.report.score}/100`);
    expect(photo.caption?.length ?? 0).toBeLessThanOrEqual(1024);

    const ids = fake.sentIds(ALICE.id);
    const [summary, ...sections] = fake.sent(ALICE.id);
    expect(ids[0]).toBe(photo.message_id);
    expect(ids[1]).toBe(summary?.message_id);
    expect(summary?.reply_parameters?.message_id).toBe(doc.message_id);
    expect(sections.every((m) => m.reply_parameters?.message_id === summary?.message_id)).toBe(true);
  }, 60_000);

  it('re-check: the before/after card goes into the thread, ahead of the section messages', async () => {
    const { fake } = await start();
    const first = documentMessage(dmChat(ALICE), ALICE, { fileId: fake.addFile(pdf), size: pdf.byteLength });
    fake.push(asUpdate(first));
    await fake.waitFor(() => fake.sent(ALICE.id).length >= textCount(expected), 'the first review', 30_000);
    const before = fake.sentIds(ALICE.id).length;

    const second = documentMessage(dmChat(ALICE), ALICE, {
      fileId: fake.addFile(improvedPdf),
      size: improvedPdf.byteLength,
    });
    fake.push(asUpdate(second));
    await fake.waitFor(() => fake.photos(ALICE.id).length >= 3, 'the second card and the before/after card', 30_000);
    const [, card, deltaCard] = fake.photos(ALICE.id);
    expect(card?.reply_parameters?.message_id).toBe(second.message_id);
    expect(deltaCard?.caption).toMatch(/^Re-check: score \d+ → \d+/);
    expect(imageSize(deltaCard?.photo.bytes ?? new Uint8Array())).toMatchObject({ width: 1200, height: 630 });
    // Order: card, summary, then (in the summary's thread) the before/after card and its text, then sections.
    const later = fake.sentIds(ALICE.id).slice(before);
    const summaryId = later[1];
    expect(later[0]).toBe(card?.message_id);
    expect(later[2]).toBe(deltaCard?.message_id);
    expect(deltaCard?.reply_parameters?.message_id).toBe(summaryId);
  }, 60_000);

  it('a failed sendPhoto still delivers the whole text review once, and logs a code without the token', async () => {
    const { fake, logLines } = await start();
    fake.failNext('sendPhoto', { error_code: 400, description: 'Bad Request: PHOTO_INVALID_DIMENSIONS' });
    const doc = documentMessage(dmChat(ALICE), ALICE, { fileId: fake.addFile(pdf), size: pdf.byteLength });
    fake.push(asUpdate(doc));
    const total = textCount(expected);
    await fake.waitFor(() => fake.sent(ALICE.id).length >= total, `${total} messages`, 30_000);

    expect(fake.photos(ALICE.id)).toHaveLength(0);
    expect(fake.sent(ALICE.id).map((m) => m.text)).toEqual(
      expected.document.messages.flatMap((m) => renderTelegramMessage(m)),
    );
    const failure = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.code === 'card-upload-failed');
    expect(failure).toMatchObject({ platform: 'telegram', err: { method: 'sendPhoto', errorCode: 400 } });
    expect(logLines.join('\n')).not.toContain(BOT_TOKEN);
  }, 60_000);
});
