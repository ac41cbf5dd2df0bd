/**
 * A PDF without a text layer (a scan) → page images, one at a time, for OCR. Runs in the OCR worker:
 * pdf.js renders each page with @napi-rs/canvas through pdf-parse's screenshot.
 */
import { PDFParse } from 'pdf-parse';
import { corrupt, encrypted, tooManyPages } from './errors.js';
import type { PageImage } from './ocr-picture.js';

/**
 * Render scale (× 72 dpi). 2 = 144 dpi: on the train split's scans (npm run eval:ocr, /work/notes/ocr.md) it
 * read better than 3 (findings recall 0.644 vs 0.641, emails exact 38 vs 30 of 48, phones 39 vs 36 of 42) and
 * ~15 % faster a page: tesseract's recognition normalises each line's height, so more pixels than a 10 pt
 * line needs only cost layout time. Those scans were made at 144 dpi; a 300 dpi scan is read at 144 too.
 */
export const PDF_OCR_SCALE = 2;

export interface PdfPageImages {
  total: number;
  pages: AsyncIterable<{ image: PageImage; pointsPerPixel: number }>;
  close: () => Promise<void>;
}

function mapError(err: unknown): Error {
  const name = err instanceof Error ? err.name : '';
  return name === 'PasswordException' ? encrypted() : corrupt(name || 'pdf-render', err);
}

export async function renderPdfPages(
  data: Uint8Array,
  { maxPages, maxTotalPages, scale = PDF_OCR_SCALE }: { maxPages: number; maxTotalPages: number; scale?: number },
): Promise<PdfPageImages> {
  const parser = new PDFParse({
    data,
    isEvalSupported: false,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const close = () => parser.destroy().catch(() => undefined);
  let total: number;
  try {
    total = (await parser.getInfo().catch((err: unknown) => Promise.reject(mapError(err)))).total;
  } catch (err) {
    await close();
    throw err;
  }
  if (total > maxTotalPages) {
    await close();
    throw tooManyPages(total, maxTotalPages);
  }
  const toRead = Math.min(total, maxPages);
  async function* pages() {
    for (let n = 1; n <= toRead; n += 1) {
      const shot = await parser
        .getScreenshot({ partial: [n], scale, imageBuffer: true, imageDataUrl: false })
        .catch((err: unknown) => Promise.reject(mapError(err)));
      const page = shot.pages[0];
      if (!page) throw corrupt('pdf-render');
      const png = Buffer.from(page.data.buffer, page.data.byteOffset, page.data.byteLength);
      yield {
        image: { png, width: Math.round(page.width), height: Math.round(page.height) },
        pointsPerPixel: 1 / scale,
      };
    }
  }
  return { total, pages: pages(), close };
}
