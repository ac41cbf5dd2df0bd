import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/core/errors.js';
import { extractFile, shutdownExtractors, warmUpExtractors } from '../../src/core/extract/index.js';
import type { ExtractOptions } from '../../src/core/extract/types.js';
import { makeTextPdf } from '../../scripts/lib/simple-pdf.js';
import {
  makeDocxBomb,
  makeEncryptedPdf,
  makeFlateBombPdf,
  makeImageOnlyPdf,
  makeManyPagesPdf,
  makeZip,
  pseudoRandomBytes,
} from '../helpers/pdf-fixtures.js';

/** Short limits keep the suite fast; the kill must still land within the limit plus a little slack. */
const LIMIT_MS = 2_500;
const SLACK_MS = 2_500;
const GOOD_LINES = [
  'Jordan Avery',
  'Backend Engineer',
  'Built the ordering API in Go serving 2,000 requests per second',
];

let goodPdf: Uint8Array;

beforeAll(async () => {
  void warmUpExtractors();
  goodPdf = await makeTextPdf(GOOD_LINES);
  await extractFile(goodPdf);
}, 120_000);

afterAll(async () => {
  await shutdownExtractors();
});

async function failure(
  bytes: Uint8Array,
  opts: ExtractOptions = {},
): Promise<{ code: string; ms: number; message: string }> {
  const started = performance.now();
  try {
    await extractFile(bytes, { timeoutMs: LIMIT_MS, ...opts });
  } catch (err) {
    const ms = performance.now() - started;
    if (isCodedError(err)) return { code: err.code, ms, message: err.userMessage };
    throw err;
  }
  throw new Error('expected the extraction to fail');
}

async function expectGoodFileStillParses(): Promise<void> {
  const result = await extractFile(goodPdf);
  expect(result.text.split('\n')).toEqual(GOOD_LINES);
}

describe('hostile and broken files', () => {
  it.each([
    { name: 'zero bytes', bytes: new Uint8Array(0), code: 'empty' },
    { name: 'random bytes', bytes: pseudoRandomBytes(64 * 1024), code: 'unsupported-format' },
    {
      name: 'a PNG cut off inside its header',
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      code: 'corrupt',
    },
    {
      name: 'a legacy .doc',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      code: 'unsupported-format',
    },
    {
      name: 'a ZIP that is not a DOCX',
      bytes: makeZip([{ name: 'a.txt', data: new Uint8Array(10) }]),
      code: 'unsupported-format',
    },
  ])('refuses $name with $code, without a worker', async ({ bytes, code }) => {
    const result = await failure(bytes);
    expect(result.code).toBe(code);
    expect(result.ms).toBeLessThan(1_000);
  });

  it('names what we accept when the format is unsupported', async () => {
    const { message } = await failure(pseudoRandomBytes(1024, 7));
    expect(message).toMatch(/PDF/);
    expect(message).toMatch(/\.docx/);
    expect(message).toMatch(/paste/);
  });

  it('refuses a file over the byte cap before looking inside', async () => {
    const result = await failure(goodPdf, { maxBytes: 100 });
    expect(result.code).toBe('too-large');
    expect(result.message).toMatch(/limit/);
  });

  it('reports a password-protected PDF as encrypted', async () => {
    const result = await failure(makeEncryptedPdf(GOOD_LINES, { userPassword: 'open sesame' }));
    expect(result.code).toBe('encrypted');
    await expectGoodFileStillParses();
  });

  it('reports a truncated PDF as corrupt', async () => {
    const result = await failure(goodPdf.subarray(0, Math.floor(goodPdf.length * 0.4)));
    expect(result.code).toBe('corrupt');
  });

  it('reads a PDF whose only page is shapes by OCR, finds no words, and says what to send instead', async () => {
    const result = await failure(await makeImageOnlyPdf());
    expect(result.code).toBe('ocr-unclear');
    expect(result.message).toMatch(/couldn't read this clearly.*original PDF or Word file/s);
  }, 120_000); // the first OCR of the run loads the English model: slow on a busy 2-core machine

  it('refuses a DOCX whose ZIP directory claims gigabytes, before parsing', async () => {
    const docx = makeZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'word/document.xml', data: new Uint8Array(100), declaredSize: 4_000_000_000 },
    ]);
    const result = await failure(docx);
    expect(result.code).toBe('too-large');
    expect(result.ms).toBeLessThan(1_000);
  });

  it('reports a DOCX that mammoth cannot open as corrupt', async () => {
    const docx = makeZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<not-xml') }]);
    expect((await failure(docx)).code).toBe('corrupt');
  });

  it('refuses 1,000+ pages quickly from the page count alone', async () => {
    const pdf = makeManyPagesPdf(1_500, ['A page of text long enough to count as a real text layer', ...GOOD_LINES]);
    const result = await failure(pdf);
    expect(result.code).toBe('too-many-pages');
    expect(result.message).toMatch(/1500 pages/);
    expect(result.ms).toBeLessThan(LIMIT_MS);
    await expectGoodFileStillParses();
  });

  it('stops a decompression bomb (1.4 KB inflating to 256 MB) within the time limit, and keeps working', async () => {
    const bomb = await makeFlateBombPdf(256);
    expect(bomb.length).toBeLessThan(4_000);
    const result = await failure(bomb);
    // Killed on the clock, the memory watch or its heap cap, whichever trips first on this machine.
    expect(['timeout', 'too-large', 'too-complex']).toContain(result.code);
    expect(result.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
    await expectGoodFileStillParses();
  });

  it('stops a DOCX bomb (document.xml inflating to 512 MB) within the time limit, and keeps working', async () => {
    const docx = await makeDocxBomb(512);
    expect(docx.length).toBeLessThan(1_000_000);
    const result = await failure(docx);
    expect(['timeout', 'too-large', 'too-complex']).toContain(result.code);
    expect(result.ms).toBeLessThan(LIMIT_MS + SLACK_MS);
    await expectGoodFileStillParses();
  });

  it('keeps checking other files while a hostile one is still running', async () => {
    const bomb = await makeFlateBombPdf(256);
    await warmUpExtractors(); // both workers up (earlier tests killed some)
    const finished: string[] = [];
    const bombJob = extractFile(bomb, { timeoutMs: LIMIT_MS }).then(
      () => finished.push('bomb parsed'),
      (err: unknown) => finished.push(`bomb ${isCodedError(err) ? err.code : 'other'}`),
    );
    const goodJobs = [1, 2, 3].map((n) =>
      extractFile(goodPdf).then((r) => finished.push(`good ${n}: ${r.text.split('\n')[0]}`)),
    );
    await Promise.all([bombJob, ...goodJobs]);
    // The good files went through the other worker while the bomb was still being parsed.
    expect(finished.slice(0, 3).sort()).toEqual([
      'good 1: Jordan Avery',
      'good 2: Jordan Avery',
      'good 3: Jordan Avery',
    ]);
    expect(['bomb timeout', 'bomb too-large']).toContain(finished[3]);
  }, 90_000);
});
