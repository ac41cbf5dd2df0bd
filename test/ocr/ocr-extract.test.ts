/**
 * The real OCR worker on pictures drawn at test time. Few and small on purpose: OCR costs ~1–3 s a page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/core/errors.js';
import { extractFile, shutdownExtractors, warmUpOcr } from '../../src/core/extract/index.js';
import { analyzeFile } from '../../src/core/pipeline.js';
import { plain } from '../helpers/recording-channel.js';
import { drawPicture, SAMPLE_LINES, scannedPdf } from './fixtures.js';

beforeAll(async () => {
  await warmUpOcr();
}, 60_000);
afterAll(() => shutdownExtractors());

async function failure(bytes: Uint8Array, opts = {}): Promise<{ code: string; message: string }> {
  try {
    await extractFile(bytes, opts);
  } catch (err) {
    if (isCodedError(err)) return { code: err.code, message: err.userMessage };
    throw err;
  }
  throw new Error('expected extraction to fail');
}

describe('OCR', () => {
  it('reviews a screenshot of a resume, says it was read by OCR, and quotes its lines', async () => {
    const analysis = await analyzeFile(drawPicture(SAMPLE_LINES, { mime: 'image/jpeg' }), { fileName: 'cv.jpg' });
    expect(analysis.resume.source.format).toBe('image');
    expect(analysis.resume.source.ocr?.confidence).toBeGreaterThan(80);
    expect(analysis.resume.contact.email).toBe('jordan.avery@example.com');
    expect(analysis.resume.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['experience', 'education', 'skills']),
    );
    expect(analysis.findings.some((f) => f.rule === 'vague-duty' && /Responsible for/.test(f.evidence ?? ''))).toBe(
      true,
    );
    const summary = plain(analysis.document.messages[0] ?? null);
    expect(summary).toMatch(/by OCR, so the lines I quote may contain misreads/);
    expect(analysis.report.file.format).toBe('image');
  }, 30_000);

  it('reads a scanned PDF (no text layer) instead of turning it away', async () => {
    const picture = drawPicture(SAMPLE_LINES.slice(0, 6));
    const result = await extractFile(await scannedPdf(picture));
    expect(result.format).toBe('pdf');
    expect(result.ocr?.words).toBeGreaterThan(15);
    expect(result.text).toMatch(/EXPERIENCE/);
    expect(result.text).toMatch(/Responsible for the shipment tracking API/);
    expect(result.lineFacts).toHaveLength(result.text.split('\n').length);
  }, 30_000);

  it('stops OCR at its own time limit with its own reply, and the next picture is still read', async () => {
    const slow = await failure(drawPicture(SAMPLE_LINES), { ocrTimeoutMs: 50 });
    expect(slow.code).toBe('ocr-timeout');
    expect(slow.message).toMatch(/by OCR, but it took too long/);
    const next = await extractFile(drawPicture(SAMPLE_LINES.slice(0, 5)));
    expect(next.text).toMatch(/Jordan Avery/);
  }, 30_000);
});
