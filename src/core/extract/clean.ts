import { collapseLetterSpacing } from './letter-spacing.js';
import { splitGluedNameTitle } from './name-title.js';

/**
 * Bullets that Word writes with the Symbol / Wingdings fonts come out of PDFs as private-use code points.
 * (U+F0B7 Symbol bullet, U+F0A7 Wingdings square, U+F076 diamond, U+F0D8 arrowhead, U+F0FC tick, …)
 */
const PUA_BULLETS = new Set([
  0xf0b7, 0xf0a7, 0xf076, 0xf0d8, 0xf0fc, 0xf0a8, 0xf06e, 0xf06c, 0xf075, 0xf0ae, 0xf0e8, 0xf0d9, 0xf0f0, 0xf0a1,
  0xf09f, 0xf0de, 0xf0b2, 0xf071, 0xf0ad,
]);

function isPrivateUse(cp: number): boolean {
  return (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000;
}

/** Characters that carry no text: controls, replacement chars, zero-width marks, emoji used as icons. */
function isJunk(cp: number): boolean {
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a;
  if (cp >= 0x7f && cp <= 0x9f) return true;
  if (cp === 0xfffd || cp === 0xfeff || cp === 0xfe0f || cp === 0xfe0e) return true;
  if (cp >= 0x200b && cp <= 0x200f) return true;
  if (cp >= 0x2060 && cp <= 0x2064) return true;
  // Emoji and pictographs (📱 ✉ icons in headers); BMP symbols such as ✓ and ★ are kept.
  if (cp >= 0x1f000 && cp <= 0x1faff) return true;
  return isPrivateUse(cp);
}

function mapCharacters(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (PUA_BULLETS.has(cp)) out += '•';
    else if (cp === 0x0c || cp === 0x0b) out += '\n';
    else if (!isJunk(cp)) out += ch;
  }
  return out;
}

const PAGE_MARKER = [
  /^--\s*\d+\s+of\s+\d+\s*--$/i, // pdf-parse's page joiner
  /^page\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i, // "Page 1 of 2", "Page 3"
  /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i, // "1 of 2", "2/3"
  /^[-–—]\s*\d{1,3}\s*[-–—]$/, // "- 2 -"
];

export function isPageMarker(line: string): boolean {
  return PAGE_MARKER.some((re) => re.test(line));
}

/** Joins lines broken by a soft hyphen and drops the remaining (invisible) soft hyphens. */
function resolveSoftHyphens(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev?.endsWith('\u00ad')) out[out.length - 1] = prev.slice(0, -1) + line;
    else out.push(line);
  }
  return out.map((l) => l.replace(/\u00ad/g, ''));
}

function tidySpaces(line: string): string {
  return line
    .replace(/[^\S\t\n]+/g, (ws) => (ws.length >= 2 ? '  ' : ' ')) // keep double spaces for the letter-spacing pass
    .replace(/ *\t[\t ]*/g, '\t')
    .trim();
}

/** Drops leading/trailing blank lines and collapses runs of blank lines into one. */
function collapseBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.length === 0 && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * Cleans extracted text: one visual line per line; a single blank line survives where the source had one
 * (paragraph or page break). Pure; used for every format. Order matters: characters first (bullets before
 * junk removal), then NFKC, then line-level fixes.
 */
export function cleanText(raw: string): string {
  const mapped = mapCharacters(raw.replace(/\r\n?/g, '\n')).normalize('NFKC');
  const lines = collapseBlankLines(
    resolveSoftHyphens(mapped.split('\n').map(tidySpaces))
      .map((l) => collapseLetterSpacing(l).replace(/ {2,}/g, ' '))
      .filter((l) => !isPageMarker(l)),
  );
  const first = lines[0];
  if (first !== undefined) lines.splice(0, 1, ...splitGluedNameTitle(first));
  return lines.join('\n');
}
