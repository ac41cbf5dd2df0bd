import type { UnsupportedKind } from './errors.js';
import type { FileFormat } from './types.js';
import { listZipEntries, type ZipEntry } from './zip.js';

/** Pictures OCR can open (decoded in the OCR worker; anything else is refused by name). */
export type ImageKind = 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp';

export type Identified =
  | { format: 'pdf' }
  | { format: 'image'; image: ImageKind }
  | { format: 'docx'; entries: ZipEntry[] | null }
  | { format: 'text'; text: string }
  | { format: null; kind: UnsupportedKind };

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((value, i) => bytes[offset + i] === value);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function indexOfAscii(bytes: Uint8Array, text: string, limit = bytes.length): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length));
  return view.indexOf(text, 0, 'latin1');
}

const IMAGE_MAGIC: readonly (readonly [ImageKind, readonly number[]])[] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', ascii('GIF8')],
  ['bmp', ascii('BM')],
];

/** Pictures we recognise but cannot open: TIFF, ICO. */
const OTHER_IMAGE_MAGIC: readonly (readonly number[])[] = [
  [0x49, 0x49, 0x2a, 0x00], // TIFF little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF big-endian
  [0x00, 0x00, 0x01, 0x00], // ICO
];

/** ISO-BMFF brands of HEIC/HEIF/AVIF photos (iPhone "High Efficiency"): `....ftypheic`. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

const ARCHIVE_MAGIC: readonly (readonly number[])[] = [
  [0x1f, 0x8b], // gzip
  ascii('Rar!'),
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  ascii('BZh'),
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
];

const EXECUTABLE_MAGIC: readonly (readonly number[])[] = [
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  ascii('MZ'), // DOS/Windows PE
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O fat / Java class
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function imageKind(bytes: Uint8Array): ImageKind | 'heic' | 'other' | null {
  for (const [kind, magic] of IMAGE_MAGIC) if (startsWith(bytes, magic)) return kind;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = Buffer.from(bytes.subarray(8, 12)).toString('latin1');
    return HEIF_BRANDS.has(brand) ? 'heic' : 'other';
  }
  return OTHER_IMAGE_MAGIC.some((m) => startsWith(bytes, m)) ? 'other' : null;
}

/**
 * Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ; the five unused bytes stay
 * C1 controls). Node's TextDecoder('windows-1252') decodes as Latin-1 and loses exactly these.
 */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? b) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Text when it is plausibly text: no NULs, and few control characters (C1 controls count too). */
function plausibleText(text: string): string | null {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return null;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) controls += 1;
  }
  return controls <= Math.max(2, text.length * 0.01) ? text : null;
}

/**
 * Decodes bytes as text when they are plausibly text: valid UTF-8 (or UTF-16 with a BOM), else
 * Windows-1252 — what Notepad and older Word "Save as text" write on Western Windows ("José", curly
 * quotes and • as single bytes), which is never valid UTF-8 once it holds one of them.
 */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    if (startsWith(bytes, [0xff, 0xfe]))
      return plausibleText(new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)));
    if (startsWith(bytes, [0xfe, 0xff]))
      return plausibleText(new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)));
    return plausibleText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    // Not UTF-8/16: every byte means something in Windows-1252, so only plausibility decides.
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
    return plausibleText(decodeWindows1252(bytes));
  }
}

/** Decides what the bytes are, from their content only (never the file name). */
export function identify(bytes: Uint8Array): Identified {
  // The PDF header may follow some junk, within the first 1 KB (as viewers accept).
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = listZipEntries(bytes);
    const isDocx = entries
      ? entries.some((e) => e.name === 'word/document.xml')
      : indexOfAscii(bytes, 'word/document.xml') >= 0;
    return isDocx ? { format: 'docx', entries } : { format: null, kind: 'archive' };
  }
  if (startsWith(bytes, OLE_MAGIC)) return { format: null, kind: 'legacy-doc' };
  const image = imageKind(bytes);
  if (image === 'heic') return { format: null, kind: 'heic' };
  if (image === 'other') return { format: null, kind: 'image' };
  if (image !== null) return { format: 'image', image };
  if (ARCHIVE_MAGIC.some((m) => startsWith(bytes, m))) return { format: null, kind: 'archive' };
  if (startsWith(bytes, ascii('{\\rtf'))) return { format: null, kind: 'rtf' };
  if (startsWith(bytes, ascii('%!PS'))) return { format: null, kind: 'other' };
  const text = decodeText(bytes);
  if (text !== null) return { format: 'text', text };
  return { format: null, kind: EXECUTABLE_MAGIC.some((m) => startsWith(bytes, m)) ? 'executable' : 'other' };
}

/** The format the bytes are in, or null when we cannot read them. */
export function sniffFormat(bytes: Uint8Array): FileFormat | null {
  return identify(bytes).format;
}
