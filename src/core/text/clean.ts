/**
 * Character-level clean-up shared by extraction (whole documents, in worker processes) and the resume parser
 * (single lines): bullets from symbol fonts, invisible and control characters, page markers. Pure and light: it
 * imports nothing, so the extraction workers load nothing else.
 */

/**
 * Bullets that Word writes with the Symbol / Wingdings fonts come out of PDFs as private-use code points.
 * (U+F0B7 Symbol bullet, U+F0A7 Wingdings square, U+F076 diamond, U+F0D8 arrowhead, U+F0FC tick, …)
 */
const PUA_BULLETS = new Set([
  0xf0b7, 0xf0a7, 0xf076, 0xf0d8, 0xf0fc, 0xf0a8, 0xf06e, 0xf06c, 0xf075, 0xf0ae, 0xf0e8, 0xf0d9, 0xf0f0, 0xf0a1,
  0xf09f, 0xf0de, 0xf0b2, 0xf071, 0xf0ad, 0xf0e0,
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
  // Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a reply quotes.
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return true;
  // Emoji and pictographs (📱 ✉ icons in headers); BMP symbols such as ✓ and ★ are kept.
  if (cp >= 0x1f000 && cp <= 0x1faff) return true;
  return isPrivateUse(cp);
}

/**
 * Symbol-font bullets become "•", junk characters go, vertical tabs and form feeds become `pageBreak`, then NFKC.
 * Soft hyphens are kept (extraction joins the lines they break; see `dropSoftHyphens`).
 */
export function cleanCharacters(text: string, pageBreak = '\n'): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (PUA_BULLETS.has(cp)) out += '•';
    else if (cp === 0x0c || cp === 0x0b) out += pageBreak;
    else if (!isJunk(cp)) out += ch;
  }
  return out.normalize('NFKC');
}

export function dropSoftHyphens(text: string): string {
  return text.replace(/\u00ad/g, '');
}

const PAGE_MARKER = [
  /^--\s*\d+\s+of\s+\d+\s*--$/i, // pdf-parse's page joiner
  /^page\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i, // "Page 1 of 2", "Page 3"
  /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i, // "1 of 2", "2/3"
  /^[-–—]\s*\d{1,3}\s*[-–—]$/, // "- 2 -"
];

/** "Page 1 of 2", "2/3", "- 2 -": a line that only numbers the page. */
export function isPageMarker(line: string): boolean {
  return PAGE_MARKER.some((re) => re.test(line));
}
