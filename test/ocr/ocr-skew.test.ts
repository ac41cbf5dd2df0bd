/**
 * A photo taken a few degrees askew: tesseract straightens the page before reading it, so lines are read whole
 * and the sections come out as on the upright picture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, shutdownExtractors, warmUpOcr } from '../../src/core/extract/index.js';
import { parseResume } from '../../src/core/resume/index.js';
import { drawPicture, rotatePicture, SAMPLE_LINES } from './fixtures.js';

beforeAll(async () => {
  await warmUpOcr();
}, 120_000);
afterAll(() => shutdownExtractors());

describe('a skewed picture', () => {
  it('reads a page turned 5° like the upright one: whole lines, the same sections', async () => {
    const skewed = await rotatePicture(drawPicture(SAMPLE_LINES), 5);
    // A generous OCR limit: the shared 2-core test machine is often loaded far past its cores.
    const resume = parseResume(await extractFile(skewed, { fileName: 'photo.png', ocrTimeoutMs: 110_000 }));
    expect(resume.text).toContain('Responsible for the shipment tracking API');
    expect(resume.text).toContain('Worked on the billing service and its PostgreSQL schema');
    expect(resume.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education', 'skills']);
    expect(resume.contact.email).toBe('jordan.avery@example.com');
  }, 120_000);
});
