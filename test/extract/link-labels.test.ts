import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, shutdownExtractors } from '../../src/core/extract/index.js';
import { labelUnder, linkBoxes, type Box } from '../../src/core/extract/link-labels.js';
import type { TextItem } from '../../src/core/extract/pdf-lines.js';

/** Page height 792, y down: pdf.js's viewport transform for an unrotated letter page at scale 1. */
const VIEWPORT = [1, 0, 0, -1, 0, 792];

/** An item whose width follows Helvetica at 10 pt, roughly (what labelUnder assumes). */
function item(str: string, x: number, y: number, width: number): TextItem {
  return { str, x, y, width, size: 10, hasEOL: false };
}

const box = (x0: number, x1: number, y: number): Box => ({ x0, x1, y0: y - 10, y1: y + 3 });

describe('linkBoxes', () => {
  it('turns a rectangle in PDF space (y up) into a top-down box', () => {
    expect(linkBoxes([100, 700, 200, 712], null, VIEWPORT)).toEqual([{ x0: 100, y0: 80, x1: 200, y1: 92 }]);
  });

  it('gives one box per quadrilateral, for a link that wraps onto a second line', () => {
    const quads = [300, 712, 400, 712, 300, 700, 400, 700, 56, 698, 120, 698, 56, 686, 120, 686];
    expect(linkBoxes([56, 686, 400, 712], quads, VIEWPORT)).toEqual([
      { x0: 300, y0: 80, x1: 400, y1: 92 },
      { x0: 56, y0: 94, x1: 120, y1: 106 },
    ]);
  });
});

describe('labelUnder', () => {
  // "Email: jo@x.io | github.com/jo" in one item: 6 + 1 + 7 + 1 + 1 + 1 + 13 characters.
  const line = item('Email: jo@x.io | github.com/jo', 50, 100, 140);

  it('takes the words whose middle is inside the box, not the whole item', () => {
    expect(labelUnder([line], [box(130, 195, 100)])).toBe('github.com/jo');
    expect(labelUnder([line], [box(78, 118, 100)])).toBe('jo@x.io');
  });

  it('drops separators and sentence punctuation at the edges, and keeps a bracket with its partner', () => {
    expect(labelUnder([item('see KDD 2024 ADS Track.', 50, 100, 105)], [box(66, 160, 100)])).toBe('KDD 2024 ADS Track');
    expect(labelUnder([item('(+60) 17-287-7614 |', 50, 100, 90)], [box(49, 132, 100)])).toBe('(+60) 17-287-7614');
    expect(labelUnder([item('notes (link).', 50, 100, 58)], [box(78, 112, 100)])).toBe('link');
  });

  it('joins pieces of one word without a space and words on separate lines with one', () => {
    const pieces = [item('linkedin.com/in/', 50, 100, 70), item('jordan', 120, 100, 30)];
    expect(labelUnder(pieces, [box(45, 155, 100)])).toBe('linkedin.com/in/jordan');
    const wrapped = [item('My portfolio', 300, 100, 60), item('website', 56, 114, 35)];
    expect(labelUnder(wrapped, [box(295, 365, 100), box(50, 95, 114)])).toBe('My portfolio website');
  });

  it('ignores lines above and below the box, and gives nothing for an empty area', () => {
    const lines = [item('Jordan Avery', 50, 86, 60), item('GitHub', 50, 100, 32), item('Experience', 50, 114, 50)];
    expect(labelUnder(lines, [box(45, 90, 100)])).toBe('GitHub');
    expect(labelUnder(lines, [box(300, 400, 100)])).toBe('');
    expect(labelUnder(lines, [])).toBe('');
  });
});

/** One line of text with a link annotation over part of it (from `from` to the end). */
async function partlyLinkedPdf(text: string, from: string, url: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  const lines = [
    text,
    'Built the ordering API in Go serving 2,000 requests per second',
    'Cut p99 latency from 300 ms to 80 ms',
  ];
  lines.forEach((line, i) => {
    page.drawText(line, { x: 56, y: 740 - i * 16, size: 11, font });
  });
  const x0 = 56 + font.widthOfTextAtSize(text.slice(0, text.indexOf(from)), 11);
  const x1 = 56 + font.widthOfTextAtSize(text, 11);
  const link = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [x0, 737, x1, 751],
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  return doc.save({ useObjectStreams: false });
}

describe('extractFile: link labels from the page text', () => {
  afterAll(async () => {
    await shutdownExtractors();
  });

  it('labels a link with the words under it, when the line holds more than the link', async () => {
    const pdf = await partlyLinkedPdf(
      'Email: jordan@example.com | github.com/jordan-example',
      'github',
      'https://github.com/jordan-avery',
    );
    const result = await extractFile(pdf);
    expect(result.links).toContainEqual({
      text: 'github.com/jordan-example',
      url: 'https://github.com/jordan-avery',
      page: 1,
    });
  }, 60_000);
});
