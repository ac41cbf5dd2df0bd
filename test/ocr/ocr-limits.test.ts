import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/core/errors.js';
import { loadConfig } from '../../src/config.js';
import { engLangPath } from '../../src/core/extract/ocr-engine.js';
import { checkOcrResult, checkPictureSize, MIN_OCR_CONFIDENCE } from '../../src/core/extract/ocr-limits.js';
import { pictureScale } from '../../src/core/extract/ocr-picture.js';
import type { JobResult } from '../../src/core/extract/protocol.js';

/** A PNG signature and IHDR chunk claiming `width` × `height`, and nothing else: never decodable. */
function pngHeader(width: number, height: number): Uint8Array {
  const out = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(out, 0);
  out.writeUInt32BE(13, 8);
  out.write('IHDR', 12, 'latin1');
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out[24] = 8;
  out[25] = 2;
  return out;
}

function caught(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (isCodedError(err)) return { code: err.code, message: err.userMessage };
    throw err;
  }
  throw new Error('expected a CodedError');
}

const ocrResult = (confidence: number, words: number): JobResult => ({
  text: 'x',
  pages: 1,
  pagesAnalysed: 1,
  truncated: false,
  links: [],
  notes: [],
  ocr: { confidence, lowConfidencePages: [], ms: 1, words },
});

describe('OCR limits', () => {
  it('refuses a 20,000 × 20,000 picture from its header, before anything decodes it', () => {
    const refused = caught(() => checkPictureSize(pngHeader(20_000, 20_000)));
    expect(refused.code).toBe('too-large');
    expect(refused.message).toMatch(/20000×20000 pixels/);
    expect(checkPictureSize(pngHeader(1240, 1754))).toEqual({ width: 1240, height: 1754 });
  });

  it('says plainly when OCR was unsure of the text, instead of reviewing misreads', () => {
    const unclear = caught(() => checkOcrResult(ocrResult(MIN_OCR_CONFIDENCE - 5, 200)));
    expect(unclear.code).toBe('ocr-unclear');
    expect(unclear.message).toMatch(/couldn't read this clearly/);
    expect(caught(() => checkOcrResult(ocrResult(92, 3))).code).toBe('ocr-unclear');
    expect(() => checkOcrResult(ocrResult(92, 200))).not.toThrow();
  });

  it('scales small screenshots up and huge photos down, within bounds', () => {
    expect(pictureScale(1200, 1600)).toBeCloseTo(1.5);
    expect(pictureScale(300, 400)).toBe(3);
    expect(pictureScale(3024, 4032)).toBeCloseTo(3600 / 4032);
    expect(pictureScale(2550, 3300)).toBe(1);
  });

  it('loads the English model from node_modules, never from the network', () => {
    const dir = engLangPath();
    expect(dir).toContain('node_modules');
    expect(existsSync(join(dir, 'eng.traineddata.gz'))).toBe(true);
  });

  it('reads OCR_TIMEOUT_MS with the config: default 20 s, a bad value names the variable', () => {
    expect(loadConfig({}, []).ocrTimeoutMs).toBe(20_000);
    expect(loadConfig({ OCR_TIMEOUT_MS: '45000' }, []).ocrTimeoutMs).toBe(45_000);
    expect(() => loadConfig({ OCR_TIMEOUT_MS: 'soon' }, [])).toThrow(/OCR_TIMEOUT_MS/);
  });
});
