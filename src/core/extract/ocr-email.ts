/**
 * Email addresses as OCR reads them, repaired. An address is set small, often in grey, beside an icon; its dots
 * are a couple of pixels and tesseract loses them: "nick.asendorf@…" comes back as the words "nick" and
 * "asendorf@…" (the dot taken for a word gap), "sebaitsom6297@…" as "sebaitsom6297 @…", "gmail.com" as
 * "gmailcom" or "gmail.come" (the icon after it read as a letter), the "@" as "(@" or "a". The review then finds
 * no address and says the resume has none. Two repairs, both only where the result is an address:
 *   - joinEmailWords: two words of a line whose join is an address are joined when the page's ink shows why
 *     tesseract split them — a dot sitting on the baseline in the gap — or the right word opens with the "@";
 *   - repairEmailText: a known mail domain misread in a way that has one reading ("@gmailcom", "gmail.come",
 *     "xagmail.com" with no "@" at all), a bracket glued before the "@", the "@" read as "©" or "(a)", a space
 *     after the domain's last dot, ".corn" for ".com".
 * Runs in the OCR worker. Pure.
 */
import type { PageInk } from './ocr-bullets.js';
import type { OcrWordLike } from './ocr-types.js';

/** Local part and domain as the parser's email pattern reads them (contact.ts): the join must make one. */
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
/** A word that can be the start of a local part: letters, digits, dots and the signs addresses use, no colon. */
const LOCAL_START = /^[\p{L}\p{N}][\p{L}\p{N}._%+-]*$/u;
const INK = 170;

/**
 * A dot in the gap between two words: ink in the bottom third of the letters' band (baseline ± a pixel), none
 * above it, the inked part no wider than half a cap height. `baseline` and `cap` in page pixels.
 */
export function dotInGap(ink: PageInk, x0: number, x1: number, baseline: number, cap: number): boolean {
  const left = Math.max(0, Math.ceil(x0));
  const right = Math.min(ink.width, Math.floor(x1));
  if (right - left < 1 || cap < 3) return false;
  const inkAt = (x: number, y: number): boolean =>
    y >= 0 && y < ink.height && (ink.grey[y * ink.width + x] ?? 255) < INK;
  const low = { top: Math.floor(baseline - 0.4 * cap), bottom: Math.ceil(baseline + 1) };
  const high = { top: Math.floor(baseline - cap), bottom: Math.floor(baseline - 0.5 * cap) };
  let lowInk = 0;
  let columns = 0;
  for (let x = left; x < right; x += 1) {
    let inked = false;
    for (let y = high.top; y < high.bottom; y += 1) if (inkAt(x, y)) return false;
    for (let y = low.top; y <= low.bottom; y += 1)
      if (inkAt(x, y)) {
        lowInk += 1;
        inked = true;
      }
    if (inked) columns += 1;
  }
  return lowInk >= 2 && columns <= Math.max(2, 0.5 * cap);
}

const union = (a: OcrWordLike, b: OcrWordLike, text: string): OcrWordLike => ({
  text,
  confidence: Math.min(a.confidence, b.confidence),
  bbox: {
    x0: Math.min(a.bbox.x0, b.bbox.x0),
    y0: Math.min(a.bbox.y0, b.bbox.y0),
    x1: Math.max(a.bbox.x1, b.bbox.x1),
    y1: Math.max(a.bbox.y1, b.bbox.y1),
  },
});

/**
 * A line's words with the pieces of an address tesseract split joined again. `baselineAt(x)` gives the line's
 * baseline in page pixels, `cap` its cap height; without `ink` only a split before the "@" is joined.
 */
export function joinEmailWords(
  words: readonly OcrWordLike[],
  cap: number,
  baselineAt: (x: number) => number,
  ink?: PageInk,
): OcrWordLike[] {
  const out: OcrWordLike[] = [];
  for (const word of words) {
    const prev = out[out.length - 1];
    const gap = prev === undefined ? Number.POSITIVE_INFINITY : word.bbox.x0 - prev.bbox.x1;
    if (prev !== undefined && gap < 1.2 * cap) {
      const a = prev.text.trim();
      const b = word.text.trim();
      const glued = `${a}${b}`;
      const dotted = `${a}.${b}`;
      // "sebaitsom6297 @gmail.com": the right word opens with the "@" — the local part's end on the left
      // (a label glued before it, "Email:x", stays: the parser's pattern picks the address out of the word).
      if (b.startsWith('@') && /[\p{L}\p{N}]$/u.test(a) && EMAIL.test(a.replace(/^.*[^\p{L}\p{N}._%+-]/u, '') + b)) {
        out[out.length - 1] = union(prev, word, glued);
        continue;
      }
      const dot =
        ink !== undefined &&
        (a.includes('@') || b.includes('@')) &&
        LOCAL_START.test(a) &&
        EMAIL.test(dotted) &&
        dotInGap(ink, prev.bbox.x1, word.bbox.x0, baselineAt((prev.bbox.x1 + word.bbox.x0) / 2), cap);
      if (dot) {
        out[out.length - 1] = union(prev, word, dotted);
        continue;
      }
    }
    out.push(word);
  }
  return out;
}

/** Mail domains people use most: a misread of one of them has one reading. */
const MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
] as const;

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Fixes of one reading each, on a line of OCR text:
 *   - "x(@gmail.com", "x[@…": a bracket read into the "@";
 *   - "@gmailcom" → "@gmail.com", "@gmail.come" → "@gmail.com" (letters glued after a known domain's end);
 *   - "cramsoftwareagmail.com" / "…agmailcom" with no "@" on the word: the "@" read as "a" (or lost) before a
 *     known domain.
 */
/** Top-level domains an address ends in most: a space OCR put after the dot before one of them is no word gap. */
const COMMON_TLDS = 'com|org|net|edu|gov|io|co|de|fr|uk|in|ca|au|nl|es|it|ch|me|dev|ai|info|biz|us|eu';

/**
 * Misreads of the "@" and of the end of an address, each normalising characters OCR confuses, only where the
 * result is an address (a local part, an "@", a domain with a dot):
 *   - "@" read as "©", "®" or "(a)" between the local part and the domain ("jo.lee©outlook.com");
 *   - a space after the domain's last dot ("anass@hotmail. com");
 *   - "rn" for "m" in ".com" (".corn") and a zero for the o (".c0m").
 */
function repairAddressMarks(line: string): string {
  const local = '[\\p{L}\\p{N}._%+-]*[\\p{L}\\p{N}]';
  const domain = '[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}';
  let out = line.replace(
    new RegExp(`(?<![\\p{L}\\p{N}._%+-])(${local})(?:[©®]|\\(a\\))(${domain})(?![\\p{L}\\p{N}@])`, 'gu'),
    '$1@$2',
  );
  out = out.replace(
    new RegExp(`(@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*)\\. (${COMMON_TLDS})(?![\\p{L}\\p{N}])`, 'gu'),
    '$1.$2',
  );
  return out.replace(/(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)\.c(?:orn|0m)(?![\p{L}\p{N}])/gu, '$1.com');
}

export function repairEmailText(line: string): string {
  let out = repairAddressMarks(line).replace(/([\p{L}\p{N}._%+-])[([{]@(?=[\p{L}\p{N}])/gu, '$1@');
  for (const domain of MAIL_DOMAINS) {
    const [name = '', tld = ''] = domain.split(/\.(?=[^.]+$)/u);
    const loose = `${literal(name)}\\.?${literal(tld)}`;
    // A known domain after the "@", its dot lost, or (.com only: "come", "comn") a letter or two glued after it.
    const glued = tld === 'com' ? '[\\p{L}]{0,2}' : '';
    out = out.replace(new RegExp(`@${loose}${glued}(?![\\p{L}\\p{N}.-])`, 'gu'), `@${domain}`);
    // No "@" in the word: the letter before the domain was it ("a", "@" misread), or it was lost. Only for the
    // longer names: "…aolcom", "…webde" can end a word that is no address.
    if (name.length < 5) continue;
    out = out.replace(
      new RegExp(`(^|[\\s|•·,;:(])([\\p{L}\\p{N}._%+-]+?[\\p{L}\\p{N}])[a@©®]?${loose}(?![\\p{L}\\p{N}.@-])`, 'gu'),
      (whole: string, before: string, local: string) =>
        local.includes('@') || /^(?:www|https?)$/iu.test(local) ? whole : `${before}${local}@${domain}`,
    );
  }
  return out;
}
