/**
 * Writes small text PDFs with pdf-lib (a devDependency): used by the tests to generate fixtures and by
 * scripts/make-examples.ts. Never used at run time.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface SimplePdfOptions {
  /** Points per line. */
  lineHeight?: number;
  fontSize?: number;
  /** Lines per page before a page break. */
  linesPerPage?: number;
  title?: string;
}

/** One column of text lines; "# " prefixes a bold heading line. WinAnsi characters only. */
export async function makeTextPdf(lines: readonly string[], options: SimplePdfOptions = {}): Promise<Uint8Array> {
  const { lineHeight = 14, fontSize = 10.5, linesPerPage = 52, title = 'Resume' } = options;
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('resume-coach test fixtures');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([612, 792]);
  let row = 0;
  for (const raw of lines) {
    if (row >= linesPerPage) {
      page = doc.addPage([612, 792]);
      row = 0;
    }
    const isHeading = raw.startsWith('# ');
    const text = isHeading ? raw.slice(2) : raw;
    page.drawText(text, {
      x: 54,
      y: 792 - 54 - row * lineHeight,
      size: isHeading ? fontSize + 1.5 : fontSize,
      font: isHeading ? bold : font,
      color: rgb(0, 0, 0),
    });
    row += 1;
  }
  return doc.save({ useObjectStreams: false });
}
