/**
 * The one-shot CLI honours OCR_TIMEOUT_MS (validated like the bot's config): a picture that cannot be read in
 * time ends with the OCR timeout's code, and a bad value is a usage error naming the variable.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, main } from '../../src/cli.js';
import { configureOcr, shutdownExtractors } from '../../src/core/extract/index.js';
import { DEFAULT_OCR_TIMEOUT_MS } from '../../src/core/extract/ocr-config.js';
import { drawPicture, SAMPLE_LINES } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'cli-ocr-'));
const picture = join(dir, 'resume.png');
writeFileSync(picture, drawPicture(SAMPLE_LINES));

afterAll(async () => {
  configureOcr({ timeoutMs: DEFAULT_OCR_TIMEOUT_MS });
  await shutdownExtractors();
  rmSync(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('check FILE with OCR_TIMEOUT_MS', () => {
  it('stops OCR at the configured limit (1 ms: no picture is read that fast)', async () => {
    const r = io();
    const code = await main(['check', picture], r.io, { OCR_TIMEOUT_MS: '1' });
    expect(r.err.join('\n')).toMatch(/^error ocr-timeout: /u);
    expect(code).toBe(EXIT.unreadable);
  }, 120_000);

  it('refuses a value that is not a number of milliseconds, naming the variable', async () => {
    const r = io();
    const code = await main(['check', picture], r.io, { OCR_TIMEOUT_MS: 'soon' });
    expect(code).toBe(EXIT.usage);
    expect(r.err.join('\n')).toMatch(/OCR_TIMEOUT_MS/u);
    expect(r.out).toEqual([]);
  });
});
