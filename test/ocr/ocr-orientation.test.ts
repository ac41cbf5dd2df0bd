/**
 * A page photographed sideways or upside down: tesseract's orientation detection (the OSD model shipped in
 * @tesseract.js-data/osd) says so, and the page is read turned upright, with the same sections as the upright one.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, shutdownExtractors, warmUpOcr } from '../../src/core/extract/index.js';
import { osdLangPath } from '../../src/core/extract/ocr-orientation.js';
import { parseResume } from '../../src/core/resume/index.js';
import { drawPicture, SAMPLE_LINES, turnPicture } from './fixtures.js';

const require = createRequire(import.meta.url);

beforeAll(async () => {
  await warmUpOcr();
}, 120_000);
afterAll(() => shutdownExtractors());

describe('a turned picture', () => {
  it('loads the OSD model from node_modules, never from the network', () => {
    const dir = osdLangPath();
    const installed = dirname(require.resolve('@tesseract.js-data/osd/package.json'));
    expect(dir.startsWith(installed)).toBe(true);
    expect(dir).toContain('node_modules');
    expect(existsSync(join(dir, 'osd.traineddata.gz'))).toBe(true);
  });

  it.each([90, 180, 270] as const)(
    'reads a page turned %i° like the upright one',
    async (degrees) => {
      const turned = await turnPicture(drawPicture(SAMPLE_LINES), degrees);
      // A generous OCR limit: the shared 2-core test machine is often loaded far past its cores.
      const resume = parseResume(await extractFile(turned, { fileName: 'photo.png', ocrTimeoutMs: 170_000 }));
      expect(resume.text).toContain('Worked on the billing service and its PostgreSQL schema');
      expect(resume.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education', 'skills']);
      expect(resume.contact.email).toBe('jordan.avery@example.com');
    },
    180_000,
  );
});
