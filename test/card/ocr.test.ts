/**
 * Reads the card back with OCR: proof that the picture says what the data says. tesseract.js runs with
 * the English LSTM data from @tesseract.js-data/eng in node_modules (langPath is a local directory, cache
 * off), so nothing is downloaded. The large score is read from its own crop at about half size: OCR reads
 * 150 px digits poorly, the way it reads any poster-sized type.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { OEM, PSM, createWorker, type Worker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutCard, renderCard, scoreCardOf, type Card } from '../../src/core/card/index.js';
import { BASE_CARD, BASE_DELTA, weakReport } from './fixtures.js';

const require = createRequire(import.meta.url);
const langPath = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

let worker: Worker;

beforeAll(async () => {
  worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
}, 60_000);

afterAll(async () => {
  await worker?.terminate();
});

async function readAll(png: Uint8Array): Promise<string> {
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, tessedit_char_whitelist: '' });
  return (await worker.recognize(Buffer.from(png))).data.text;
}

type TextOp = Extract<ReturnType<typeof layoutCard>[number], { op: 'text' }>;

/** One number on the card, cropped from the picture and scaled to ~72 px, read as one line of digits. */
async function readNumber(op: TextOp, png: Uint8Array, background: string): Promise<string> {
  const image = await loadImage(Buffer.from(png));
  const scale = 72 / op.h;
  const margin = 20;
  // A few pixels either side: glyphs may reach past their advance width.
  const x = (op.align === 'right' ? op.x + op.w - op.width : op.x) - 4;
  const w = op.width + 8;
  const crop = createCanvas(Math.round(w * scale) + 2 * margin, Math.round(op.h * scale) + 2 * margin);
  const ctx = crop.getContext('2d');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, crop.width, crop.height);
  ctx.drawImage(image, x, op.y, w, op.h, margin, margin, w * scale, op.h * scale);
  await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_LINE, tessedit_char_whitelist: '0123456789' });
  return (await worker.recognize(crop.toBuffer('image/png'))).data.text.trim();
}

function textOps(card: Card, role: string): TextOp[] {
  return layoutCard(card).filter((o): o is TextOp => o.op === 'text' && o.role === role);
}

async function readScore(card: Card, png: Uint8Array): Promise<string> {
  const [op] = textOps(card, 'score');
  if (!op) throw new Error('no score on the card');
  return readNumber(op, png, '#0B2545');
}

describe('the card read back by OCR', () => {
  it('shows the score, the role, every section name and the fixes', async () => {
    const card = scoreCardOf(await weakReport());
    const png = await renderCard(card);
    expect(await readScore(card, png)).toBe(String(card.score));
    const text = await readAll(png);
    expect(text).toContain('RESUME SCORE');
    expect(text).toContain(card.role);
    for (const s of card.sections) expect(text.toLowerCase()).toContain(s.label.toLowerCase());
    expect(text).toContain('TOP FIXES');
    for (const fix of card.fixes) expect(text.replace(/\s+/g, ' ')).toContain(fix.text);
  }, 120_000);

  it('each section bar has its number (read where it is drawn: whole-card OCR guesses badly next to hatching)', async () => {
    // A hand-made card: tesseract reads a bold "11" in this typeface as "1" (adjacent ones merge), so the
    // numbers here avoid it; everything else about them is what a real review produces.
    const png = await renderCard(BASE_CARD);
    const numbers: string[] = [];
    for (const op of textOps(BASE_CARD, 'section-score')) numbers.push(await readNumber(op, png, '#FFFFFF'));
    expect(numbers).toEqual(['48', '90', '100']);
  }, 120_000);

  it('the before/after card shows the new score, the change and the counts', async () => {
    const png = await renderCard(BASE_DELTA);
    expect(await readScore(BASE_DELTA, png)).toBe('61');
    const text = await readAll(png);
    expect(text).toContain('+17 (was 44)');
    expect(text).toContain('5 fixed');
    expect(text).toContain('7 still open');
    for (const s of BASE_DELTA.sections) expect(text).toContain(s.label);
  }, 120_000);
});
