/**
 * Synthetic PDFs with typography, built in memory with pdf-lib: each line has a size, a weight, an x
 * position and extra space above it, so tests can build resumes whose headings are set apart only by style.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface StyledLine {
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space above the line, in points (on top of the usual leading). */
  gap?: number;
  x?: number;
  /** Start a new page with this line. */
  newPage?: boolean;
}

export async function makeStyledPdf(lines: readonly StyledLine[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([612, 792]);
  let y = 740;
  for (const line of lines) {
    const size = line.size ?? 10;
    if (line.newPage === true || y < 60) {
      page = doc.addPage([612, 792]);
      y = 740;
    }
    y -= line.gap ?? 0;
    page.drawText(line.text, { x: line.x ?? 56, y, size, font: line.bold === true ? bold : regular });
    y -= size * 1.35;
  }
  return doc.save();
}

/** Body lines in the regular 10 pt face. */
export const body = (...texts: string[]): StyledLine[] => texts.map((text) => ({ text }));

/** A heading: bold 12 pt with a gap above. */
export const heading = (text: string): StyledLine => ({ text, size: 12, bold: true, gap: 8 });
