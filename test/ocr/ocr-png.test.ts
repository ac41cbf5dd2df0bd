/**
 * Regression: the OCR worker's crops, header strips and turned pages were encoded to PNG from canvases that went
 * out of scope at once; @napi-rs/canvas encodes from the canvas's memory on its own threads, so a GC meanwhile
 * crashed the worker (SIGSEGV, seen once on a scan in eval:ocr; a crop encoded 300 times with a GC during each
 * died on the first few). A child process does that with every encoding the OCR code makes; it must finish.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('OCR page images under garbage collection', () => {
  it('survive a forced GC during every PNG encoding (crop, turn, header strip)', async () => {
    const picture = new URL('../../src/core/extract/ocr-picture.ts', import.meta.url).href;
    const header = new URL('../../src/core/extract/ocr-header.ts', import.meta.url).href;
    const code = `const { createCanvas } = await import('@napi-rs/canvas');
      const p = await import(${JSON.stringify(picture)});
      const h = await import(${JSON.stringify(header)});
      const c = createCanvas(900, 1200); const ctx = c.getContext('2d');
      ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 900, 1200); ctx.fillStyle = '#000'; ctx.font = '28px sans-serif';
      for (let y = 60; y < 1200; y += 40) ctx.fillText('Experience ' + y, 40, y);
      const image = { png: c.toBuffer('image/png'), width: 900, height: 1200 };
      const page = await p.plainPageImage(image);
      const line = { bbox: { x0: 40, y0: 400, x1: 400, y1: 430 } };
      const blocks = [{ paragraphs: [{ lines: [line] }] }];
      let bytes = 0;
      for (let i = 0; i < 150; i++) {
        const pending = [page.crop({ x0: 10, y0: 10, x1: 800, y1: 300 }), h.unreadHeader(image, blocks)];
        if (i % 10 === 0) pending.push(p.turnImage(image, 1).then((t) => t.png));
        globalThis.gc({ type: 'minor' });
        for (const png of await Promise.all(pending)) bytes += png ? png.length : 0;
      }
      process.stdout.write('encoded ' + bytes);`;
    const { stdout } = await run(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', code],
      {
        timeout: 120_000,
      },
    );
    expect(stdout).toMatch(/^encoded \d{6,}$/);
  }, 150_000);
});
