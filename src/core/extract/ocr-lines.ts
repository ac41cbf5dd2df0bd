import { bulletMarkBefore, type PageInk } from './ocr-bullets.js';
import { cutAtColumnGaps } from './ocr-columns.js';
import { joinEmailWords, repairEmailText } from './ocr-email.js';
import { CAP_HEIGHT_EM, ocrLineSizes } from './ocr-size.js';
import { layoutLines, median } from './layout.js';
import type { OcrBlockLike, OcrLineLike, OcrWordLike } from './ocr-types.js';
import type { Line, TextItem } from './pdf-lines.js';

/** One page as OCR read it: lines in reading order (in points), and its word confidences. */
export interface OcrPage {
  lines: Line[];
  /** Words kept, and the sum of their confidences (0–100 each). */
  words: number;
  confidenceSum: number;
  /**
   * Most words of three or more letters are boxes taller than wide: tesseract read the text running up or down
   * the page (a page turned a quarter), so the page is likely sideways.
   */
  sideways: boolean;
}

/**
 * The font id OCR lines carry: one for the whole document (tesseract's LSTM engine does not tell fonts apart),
 * so the parser compares OCR lines by size and capitals the way it compares a text PDF's by font and size.
 */
export const OCR_FONT = 'ocr';

/** A line this unsure is noise (a photo's edge, an icon, a rule) far more often than text: it is dropped. */
export const MIN_LINE_CONFIDENCE = 30;

/**
 * Unless it reads as words: tesseract gives a heading in small capitals ("EDUCATION" drawn E + small DUCATION)
 * confidence 0 for its mixed letter heights while reading it right. Letters only, every word two or more of
 * them, four or more in all: noise never reads so.
 */
export function readsAsWords(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return (
    words.every((w) => /^\p{L}{2,}[:&]?$/u.test(w) || w === '&') && words.join('').replace(/\P{L}/gu, '').length >= 4
  );
}

const hasLetterOrDigit = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * Tesseract reads a bullet glyph (•, ▪, ●) as a stray letter or sign: "e Responsible for…", "« Worked on…",
 * "© Built…". A lone one of those opening a line, before a capitalised word, is a bullet.
 */
const MISREAD_BULLET = /^(?:[^\p{L}\p{N}\s$€(["“'‘]|[eoc]|ee|oe|eo)\s+(?=[\p{Lu}\p{N}])/u;

export function restoreBullet(text: string): string {
  return text.replace(MISREAD_BULLET, '• ');
}

/**
 * Misreads of single marks, undone before the rules read the text:
 * - a speck read as a quote glued before a line's first capital ("‘Work Experience"), when no quote
 *   closes later on the line: the heading is then a heading again;
 * - a lone "|" before a lowercase word is the pronoun ("« | have built", "and | developed");
 * - ligature characters (ﬁ, ﬂ) as their letters.
 */
export function undoMarkMisreads(text: string): string {
  let out = text.replace(/[\uFB00-\uFB06]/gu, (c) => c.normalize('NFKC'));
  out = out.replace(/(^|\s)\|(?=\s+\p{Ll})/gu, '$1I');
  const speck = /^[‘'`´]+(?=\p{Lu})/u.exec(out);
  if (speck && !/[’']/u.test(out.slice(speck[0].length))) out = out.slice(speck[0].length);
  return out;
}

const boxHeight = (w: OcrWordLike): number => w.bbox.y1 - w.bbox.y0;

const alnum = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * A line of a letter or two set far smaller than the page's text is a speck, a bit of an icon or a picture's
 * edge read as "o" or "Py": dropped, or it splits a heading wrapped on two lines ("EHRENAMTLICHER" / "o" /
 * "TÄTIGKEITEN") and sits in the text as a line of its own. `textSize`: the median size of the page's lines
 * of five characters or more.
 */
export function isSpeck(text: string, size: number, textSize: number): boolean {
  return alnum(text) <= 2 && textSize > 0 && size < 0.5 * textSize;
}

/**
 * The words' confidence, weighted by their characters. Tesseract's own line confidence counts an icon read as
 * a mark ("! anais.choquet@outlook.fr": the "!" at 0, the address at 68, the line at 17) against the line: such a
 * line is judged on the words kept once the icon is dropped (only then: a doubted line with no icon, a name and a
 * dotted leader read as junk, stays dropped as before).
 */
function meanConfidence(words: readonly OcrWordLike[]): number {
  let chars = 0;
  let sum = 0;
  for (const w of words) {
    const n = [...w.text.trim()].length;
    chars += n;
    sum += n * w.confidence;
  }
  return chars === 0 ? 0 : sum / chars;
}

/**
 * An icon before a heading or an item (a phone, a briefcase, a check mark drawn from an icon font) reads as a
 * stray token: "HB Experiences", "© Technical Skills", "#k Certifications". A text PDF's clean-up drops icon
 * glyphs; here the token goes when it is as tall as the letters or taller (a bullet dot is much smaller and is
 * restored as one instead) and is either taller than the line's capitals or a short token tesseract doubts.
 */
export function dropLeadingIcon(words: readonly OcrWordLike[], capHeight: number): OcrWordLike[] {
  const [first, ...rest] = words;
  if (first === undefined || rest.length === 0 || [...first.text].length > 3) return [...words];
  const typical = capHeight;
  const h = boxHeight(first);
  if (typical <= 0 || h <= 0.75 * typical) return [...words];
  const sureWord = /^[\p{L}\p{N}]+$/u.test(first.text) && first.confidence >= 85;
  if (sureWord) return [...words];
  const taller = h >= 1.15 * typical;
  const doubted = first.confidence < 70 || !/[\p{L}\p{N}]/u.test(first.text);
  // A doubted mark with no letter or digit goes before a lowercase word too ("! anais.choquet@…": the envelope).
  const mark = !hasLetterOrDigit(first.text) && first.confidence < 70;
  return taller || mark || (doubted && /^[\p{Lu}\p{N}]/u.test(rest[0]?.text ?? '')) ? rest : [...words];
}

/**
 * A rule drawn beside a heading ("Experience ————", "Profile ~~~ 0000000") reads as trailing tokens: boxes
 * flatter than the letters (a line is a few pixels high), marks with no letter or digit, or one character
 * repeated. They are dropped from the end of the line.
 */
export function dropTrailingRule(words: readonly OcrWordLike[], capHeight: number): OcrWordLike[] {
  const out = [...words];
  for (;;) {
    const last = out[out.length - 1];
    if (last === undefined || out.length === 1) return out;
    const flat = boxHeight(last) < 0.4 * capHeight;
    const junk = !hasLetterOrDigit(last.text) || /^(.)\1{3,}$/u.test(last.text);
    if (!flat && !junk) return out;
    out.pop();
  }
}

/** The baseline's height at x (tesseract gives it as a sloped segment), or the box's bottom when it has none. */
function baselineAt(line: OcrLineLike, x: number): number {
  const { x0, y0, x1, y1 } = line.baseline;
  const y = x1 > x0 ? y0 + ((y1 - y0) * (x - x0)) / (x1 - x0) : Math.max(y0, y1);
  return y > line.bbox.y0 ? y : line.bbox.y1;
}

/**
 * tesseract.js blocks → the page's lines, read as a scrambled text PDF's are: every recognised word becomes a
 * positioned text item (in points, by `pointsPerPixel`) and the reading order is rebuilt from positions
 * (layout.ts): rows, fragments at wide gaps, a gutter splitting bands into columns read left then right, the
 * large name hoisted first. Measured when tesseract read the page as one block, row by row (two headings side
 * by side came back as one line): rebuilding read more sections right than keeping its order (train scan
 * findings recall 0.608 → 0.641, screenshots 0.566 → 0.617); it also merges the lines read again from bands
 * (ocr-unread.ts) and the header strip into place. Size: from the words' boxes (ocr-size.ts). `ink`, the grey
 * page tesseract was given, restores the bullet marks its layout drops (ocr-bullets.ts).
 */
export function ocrPageLines(blocks: readonly OcrBlockLike[], pointsPerPixel: number, ink?: PageInk): OcrPage {
  const items: TextItem[] = [];
  let words = 0;
  let confidenceSum = 0;
  let long = 0;
  let tall = 0;
  const read = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  const pieces = cutAtColumnGaps(read, Math.max(0, ...read.map((l) => l.bbox.y1)));
  const all = pieces.map((p) => p.line);
  const sizes = ocrLineSizes(all);
  const textSize = median(all.flatMap((l, i) => (alnum(l.text) >= 5 ? [sizes[i] ?? 0] : [])));
  all.forEach((line, i) => {
    const size = sizes[i] ?? line.rowAttributes.rowHeight;
    if (isSpeck(line.text, size, textSize)) return;
    const cap = size * CAP_HEIGHT_EM;
    const afterIcon = dropLeadingIcon(line.words, cap);
    const read = joinEmailWords(
      dropTrailingRule(afterIcon, cap).filter((w) => w.text.trim() !== ''),
      cap,
      (x) => baselineAt(line, x),
      ink,
    );
    if (!read.some((w) => hasLetterOrDigit(w.text))) return;
    // A line tesseract doubts is kept when it reads as words, or when it was an icon that dragged it down.
    const iconDoubted = afterIcon.length < line.words.length && meanConfidence(afterIcon) >= MIN_LINE_CONFIDENCE;
    if (line.confidence < MIN_LINE_CONFIDENCE && !readsAsWords(line.text) && !iconDoubted) return;
    const first = read[0];
    const mark = ink && first ? bulletMarkBefore(ink, line.bbox, first.bbox, cap) : null;
    const kept = mark ? [{ text: '•', confidence: 100, bbox: mark }, ...read] : read;
    for (const word of line.words) {
      if (!hasLetterOrDigit(word.text)) continue;
      words += 1;
      confidenceSum += word.confidence;
      if ([...word.text].length < 3) continue;
      long += 1;
      if (word.bbox.y1 - word.bbox.y0 > word.bbox.x1 - word.bbox.x0) tall += 1;
    }
    const broken = pieces[i]?.broken === true;
    // A column gap stays one (a tab) when the row is read as one line after all (no columns around it).
    const gapAfter = pieces[i + 1]?.broken === true;
    kept.forEach((word, k) => {
      // Tesseract has split the words: each gets its space, unless the gap is a column gap (a tab, as in a PDF).
      const next = kept[k + 1];
      const gap = next === undefined ? 0 : (next.bbox.x0 - word.bbox.x1) * pointsPerPixel;
      const spaced = next !== undefined && gap <= Math.max(2.5 * size * pointsPerPixel, 18);
      items.push({
        ...(broken && k === 0 ? { breakBefore: true } : {}),
        str: spaced
          ? `${word.text.trim()} `
          : gapAfter && k === kept.length - 1
            ? `${word.text.trim()}\t`
            : word.text.trim(),
        x: word.bbox.x0 * pointsPerPixel,
        width: (word.bbox.x1 - word.bbox.x0) * pointsPerPixel,
        y: baselineAt(line, (word.bbox.x0 + word.bbox.x1) / 2) * pointsPerPixel,
        size: size * pointsPerPixel,
        hasEOL: k === kept.length - 1,
        font: OCR_FONT,
      });
    });
  });
  const lines = layoutLines(items).lines.map((l) => ({
    ...l,
    text: repairEmailText(restoreBullet(undoMarkMisreads(l.text))),
  }));
  return { lines, words, confidenceSum, sideways: long > 0 && tall > 0.5 * long };
}
