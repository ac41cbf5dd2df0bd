/**
 * Turns the fresh3 set's PDF markup (test/fixtures/fresh3-sections/README.md) into a real PDF with pdf-lib's
 * standard fonts, so the evaluation reads it through the same worker and pdf.js as a user's upload:
 * headings by weight or only by size, right-aligned dates, wrapped lines and two-column blocks whose
 * sidebar may be stored after the main column. WinAnsi characters only. Never used at run time.
 */
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';

const PAGE = { width: 595, height: 842, margin: 48, bottom: 56 };
const SIDEBAR_SHARE = 0.32;
const COLUMN_GAP = 18;

interface Style {
  size: number;
  bold: boolean;
  /** Space above, in points. */
  before: number;
}

const STYLES = {
  name: { size: 18, bold: true, before: 0 },
  heading: { size: 11.5, bold: true, before: 9 },
  sizeHeading: { size: 13, bold: false, before: 9 },
  strong: { size: 10, bold: true, before: 2 },
  body: { size: 10, bold: false, before: 0 },
} satisfies Record<string, Style>;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** One markup line → its style and text. */
function styled(line: string): { style: Style; text: string; bullet: boolean } {
  if (line.startsWith('## ')) return { style: STYLES.heading, text: line.slice(3), bullet: false };
  if (line.startsWith('%% ')) return { style: STYLES.sizeHeading, text: line.slice(3), bullet: false };
  if (line.startsWith('# ')) return { style: STYLES.name, text: line.slice(2), bullet: false };
  if (line.startsWith('- ')) return { style: STYLES.body, text: line.slice(2), bullet: true };
  const strong = /^\*\*(.+)\*\*(⇥.*)?$/u.exec(line);
  if (strong) return { style: STYLES.strong, text: `${strong[1]}${strong[2] ?? ''}`, bullet: false };
  return { style: STYLES.body, text: line, bullet: false };
}

/** Words into lines no wider than `width`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current.length === 0 ? word : `${current} ${word}`;
    if (current.length > 0 && font.widthOfTextAtSize(next, size) > width) {
      out.push(current);
      current = word;
    } else current = next;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A column being laid out: where it is and the next baseline. */
interface Column {
  x: number;
  width: number;
  y: number;
}

type Draw = (page: PDFPage) => void;

/** Lays out markup lines in a column; returns the drawing calls (so a block can store its columns in any order). */
function layout(lines: readonly string[], column: Column, fonts: Fonts): Draw[] {
  const draws: Draw[] = [];
  for (const raw of lines) {
    const { style, text, bullet } = styled(raw);
    const font = style.bold ? fonts.bold : fonts.regular;
    const [left = '', right] = text.split('⇥');
    const indent = bullet ? 12 : 0;
    const rightWidth = right === undefined ? 0 : fonts.regular.widthOfTextAtSize(right, style.size) + 12;
    column.y -= style.before;
    const wrapped = wrap(left, font, style.size, column.width - indent - rightWidth);
    wrapped.forEach((piece, i) => {
      const y = column.y;
      const x = column.x + indent;
      // The bullet glyph first, as word processors store it.
      if (i === 0 && bullet) draws.push((page) => page.drawText('•', { x: column.x + 3, y, size: style.size, font }));
      draws.push((page) => page.drawText(piece, { x, y, size: style.size, font }));
      if (i === 0 && right !== undefined) {
        const rx = column.x + column.width - fonts.regular.widthOfTextAtSize(right, style.size);
        draws.push((page) => page.drawText(right, { x: rx, y, size: style.size, font: fonts.regular }));
      }
      column.y -= style.size * 1.3;
    });
  }
  return draws;
}

/** Markup lines → PDF bytes (one page per page's worth; a two-column block stays on its page). */
export async function markupToPdf(markup: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setProducer('resume-coach eval fixtures');
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  let page = doc.addPage([PAGE.width, PAGE.height]);
  const full = (): number => PAGE.width - 2 * PAGE.margin;
  let y = PAGE.height - PAGE.margin;
  let cells: string[][] | null = null;
  let pending: string[] = [];
  const flush = (): void => {
    for (const line of pending) {
      if (y < PAGE.bottom) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      const column = { x: PAGE.margin, width: full(), y };
      for (const draw of layout([line], column, fonts)) draw(page);
      y = column.y;
    }
    pending = [];
  };
  for (const raw of markup.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (line.startsWith(':::end')) {
      if (cells !== null) {
        // The sidebar is the first cell, on the left; with `main-left` the first cell is the main column and
        // the sidebar (the second) stands on the right.
        const mainLeft = line.includes('main-left');
        const sideWidth = full() * SIDEBAR_SHARE;
        const mainWidth = full() - sideWidth - COLUMN_GAP / 2;
        const leftWidth = mainLeft ? mainWidth : sideWidth - COLUMN_GAP / 2;
        const left = { x: PAGE.margin, width: leftWidth, y: y - 10 };
        const right = { x: PAGE.margin + leftWidth + COLUMN_GAP, width: full() - leftWidth - COLUMN_GAP, y: y - 10 };
        const leftDraws = layout(cells[0] ?? [], left, fonts);
        const rightDraws = layout(cells.slice(1).flat(), right, fonts);
        const ordered = line.includes('stored-right-first')
          ? [...rightDraws, ...leftDraws]
          : [...leftDraws, ...rightDraws];
        for (const draw of ordered) draw(page);
        y = Math.min(left.y, right.y);
      }
      cells = null;
    } else if (line === ':::') {
      flush();
      cells ??= [];
      cells.push([]);
    } else if (cells !== null) {
      cells[cells.length - 1]?.push(line);
    } else {
      pending.push(line);
      flush();
    }
  }
  flush();
  return doc.save({ useObjectStreams: false });
}
