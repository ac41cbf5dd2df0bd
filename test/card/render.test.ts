import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, renderCard, renderCardSync } from '../../src/core/card/index.js';
import { BASE_CARD, BASE_DELTA, EDGE_CARDS } from './fixtures.js';

const run = promisify(execFile);
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Renders in a fresh process (a new font registration, a new canvas): the bytes must not change. */
async function renderElsewhere(card: unknown): Promise<Uint8Array> {
  const module = new URL('../../src/core/card/render.ts', import.meta.url).href;
  const code = `const m = await import(${JSON.stringify(module)});
    process.stdout.write(Buffer.from(await m.renderCard(${JSON.stringify(card)})).toString('base64'));`;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    maxBuffer: 10_000_000,
  });
  return new Uint8Array(Buffer.from(stdout, 'base64'));
}

describe('renderCard', () => {
  it('is a PNG of 1200×630', async () => {
    for (const card of [BASE_CARD, BASE_DELTA]) {
      const png = await renderCard(card);
      expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
      expect(imageSize(png)).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, type: 'png' });
      expect(png.byteLength).toBeLessThan(300_000);
    }
  });

  it('is deterministic: the same card gives the same bytes, sync or async, here or in another process', async () => {
    const a = await renderCard(BASE_CARD);
    const b = await renderCard(structuredClone(BASE_CARD));
    expect(sha(b)).toBe(sha(a));
    expect(sha(renderCardSync(BASE_CARD))).toBe(sha(a));
    expect(sha(await renderElsewhere(BASE_CARD))).toBe(sha(a));
  }, 60_000);

  it('different facts give different pictures', async () => {
    const hashes = new Set(
      await Promise.all(
        [BASE_CARD, { ...BASE_CARD, score: 63 }, EDGE_CARDS['20 sections'], BASE_DELTA].map(async (c) =>
          sha(await renderCard(c as typeof BASE_CARD)),
        ),
      ),
    );
    expect(hashes.size).toBe(4);
  });
});
