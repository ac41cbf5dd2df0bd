/**
 * Generators for extraction fixtures: PDFs no library will write for us (encrypted, decompression bombs,
 * custom ToUnicode maps, thousands of pages), two-column layouts, link annotations, and small ZIPs.
 * Everything is built in memory by the tests; nothing here is read from disk.
 */
import { createHash } from 'node:crypto';
import { constants, createDeflate, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts, rgb } from 'pdf-lib';
import { buildRawPdf, type RawObject } from '../../src/core/extract/raw-pdf.js';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const escapePdf = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

const PAGE =
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>';
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** A content stream showing lines top-down from (x, y) with 14 pt leading. */
export function textContent(lines: readonly string[], x = 56, y = 740, size = 11): string {
  return [`BT /F1 ${size} Tf 14 TL ${x} ${y} Td`, ...lines.map((l) => `(${escapePdf(l)}) Tj T*`), 'ET'].join('\n');
}

// ---------------------------------------------------------------------------------------------- encryption

const PASSWORD_PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[n] = (data[n] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 0xff] ?? 0);
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
};

function padPassword(password: string): Uint8Array {
  const out = new Uint8Array(32);
  const bytes = latin1(password).subarray(0, 32);
  out.set(bytes);
  out.set(PASSWORD_PAD.subarray(0, 32 - bytes.length), bytes.length);
  return out;
}

/**
 * A one-page text PDF encrypted with the standard security handler (RC4, 40-bit, revision 2).
 * With an empty user password it opens without a prompt (an "owner password only" file); with a user
 * password every reader must ask for it.
 */
export function makeEncryptedPdf(
  lines: readonly string[],
  { userPassword = '', ownerPassword = 'owner-secret' } = {},
): Uint8Array {
  const permissions = -44; // no printing/copying: only the owner password lifts that
  const fileId = md5(latin1('resume-coach encrypted fixture'));
  const ownerKey = md5(padPassword(ownerPassword)).subarray(0, 5);
  const o = rc4(ownerKey, padPassword(userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, permissions, true);
  const key = md5(padPassword(userPassword), o, p, fileId).subarray(0, 5);
  const u = rc4(key, PASSWORD_PAD);
  const objectKey = (num: number): Uint8Array =>
    md5(key, Uint8Array.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);
  const content = latin1(textContent(lines));
  const objects: RawObject[] = [
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: PAGE },
    { body: HELVETICA },
    { body: '<< >>', stream: rc4(objectKey(5), content) },
    { body: `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>` },
  ];
  return buildRawPdf(objects, `/Encrypt 6 0 R /ID [<${hex(fileId)}> <${hex(fileId)}>] `);
}

// ------------------------------------------------------------------------------------- decompression bomb

/** Adler-32 after appending `count` copies of `byte` to a stream whose state is (a, b). */
function adlerRun(state: { a: bigint; b: bigint }, byte: number, count: number): { a: bigint; b: bigint } {
  const mod = 65521n;
  const n = BigInt(count);
  const c = BigInt(byte);
  return { a: (state.a + n * c) % mod, b: (state.b + n * state.a + (c * n * (n + 1n)) / 2n) % mod };
}

function adlerBytes(state: { a: bigint; b: bigint }, bytes: Uint8Array): { a: bigint; b: bigint } {
  let s = state;
  for (const byte of bytes) s = adlerRun(s, byte, 1);
  return s;
}

async function deflateChunks(chunks: readonly Uint8Array[]): Promise<Uint8Array[]> {
  const deflate = createDeflate({ level: 9 });
  const outputs: Uint8Array[] = [];
  let current: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => current.push(chunk));
  for (const chunk of chunks) {
    await new Promise<void>((resolve) => {
      deflate.write(chunk);
      deflate.flush(constants.Z_SYNC_FLUSH, () => resolve());
    });
    outputs.push(Buffer.concat(current));
    current = [];
  }
  await new Promise<void>((resolve) => {
    deflate.on('end', () => resolve());
    deflate.end();
  });
  outputs.push(Buffer.concat(current));
  return outputs;
}

/**
 * A zlib stream that inflates to prefix + `megabytes` MB of "A" + suffix, built in milliseconds: after the
 * first megabyte the compressor's output for each further megabyte is identical, so it is repeated.
 */
export async function makeZlibBomb(prefix: string, megabytes: number, suffix: string): Promise<Uint8Array> {
  const mb = new Uint8Array(1 << 20).fill(0x41);
  const pre = latin1(prefix);
  const post = latin1(suffix);
  const [first, repeat, again] = await deflateChunks([Buffer.concat([pre, mb]), mb, mb]);
  if (!first || !repeat || !again || !Buffer.from(repeat).equals(again))
    throw new Error('deflate output is not periodic');
  // After a sync flush the stream is byte-aligned: finish with a final stored block holding the suffix.
  const stored = new Uint8Array(5 + post.length);
  stored.set([0x01, post.length & 0xff, post.length >> 8, ~post.length & 0xff, (~post.length >> 8) & 0xff]);
  stored.set(post, 5);
  let adler = adlerBytes({ a: 1n, b: 0n }, pre);
  adler = adlerRun(adler, 0x41, megabytes * (1 << 20));
  adler = adlerBytes(adler, post);
  const checksum = Number((adler.b << 16n) | adler.a);
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, checksum >>> 0, false);
  const parts = [first, ...Array.from({ length: megabytes - 1 }, () => repeat), stored, trailer];
  return Buffer.concat(parts);
}

/**
 * A small PDF whose one content stream inflates to `megabytes` MB of text: Flate twice, as real bombs do,
 * so the file stays a few kilobytes.
 */
export async function makeFlateBombPdf(megabytes = 256): Promise<Uint8Array> {
  const inner = await makeZlibBomb('BT /F1 12 Tf 56 700 Td (', megabytes, ') Tj ET');
  const outer = deflateSync(inner, { level: 9 });
  return buildRawPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: PAGE },
    { body: HELVETICA },
    { body: '<< /Filter [/FlateDecode /FlateDecode] >>', stream: outer },
  ]);
}

// ------------------------------------------------------------------------------------------ other PDFs

/** `pages` pages sharing one small content stream: a big page count in a few kilobytes. */
export function makeManyPagesPdf(pages: number, lines: readonly string[]): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 6} 0 R`).join(' ');
  const objects: RawObject[] = [
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>` },
    { body: '<< /Font << /F1 4 0 R >> >>' },
    { body: HELVETICA },
    { body: '<< >>', stream: latin1(textContent(lines)) },
  ];
  for (let i = 0; i < pages; i += 1) {
    objects.push({ body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 3 0 R /Contents 5 0 R >>' });
  }
  return buildRawPdf(objects);
}

/**
 * A PDF whose font maps byte codes to chosen Unicode text through a ToUnicode CMap, the way real PDFs carry
 * ligatures (ﬁ) and Word's private-use Symbol bullets (U+F0B7). `lines` use the keys of `glyphs` as codes.
 */
export function makeToUnicodePdf(lines: readonly string[], glyphs: Readonly<Record<string, string>>): Uint8Array {
  const entries = Object.entries(glyphs).map(([code, text]) => {
    const utf16 = Buffer.from(text, 'utf16le').swap16().toString('hex');
    return `<${(code.charCodeAt(0) & 0xff).toString(16).padStart(2, '0')}> <${utf16}>`;
  });
  // Printable ASCII maps to itself; the special codes map to their text.
  const ascii = Array.from({ length: 95 }, (_, i) => {
    const code = (i + 32).toString(16).padStart(2, '0');
    return `<${code}> <00${code}>`;
  });
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Fixture def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${ascii.length + entries.length} beginbfchar`,
    ...ascii,
    ...entries,
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  return buildRawPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: PAGE },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>' },
    { body: '<< >>', stream: latin1(textContent(lines)) },
    { body: '<< >>', stream: latin1(cmap) },
  ]);
}

export interface ColumnPdfOptions {
  /** Draw the right column's text before the left column's (scrambled stored order, like Canva). */
  rightFirst?: boolean;
  /** Draw every heading after all body text (the Figma pattern). */
  headingsLast?: boolean;
}

/**
 * A two-column page: a header across the top, then `left` at x=50 and `right` at x=330. Lines starting
 * with "# " are headings. Draw order is controllable to mimic broken exports.
 */
export async function makeTwoColumnPdf(
  header: readonly string[],
  left: readonly string[],
  right: readonly string[],
  { rightFirst = false, headingsLast = false }: ColumnPdfOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([612, 792]);
  type Draw = { text: string; x: number; y: number; heading: boolean };
  const place = (lines: readonly string[], x: number, top: number): Draw[] =>
    lines.map((raw, i) => ({ text: raw.replace(/^# /, ''), x, y: top - i * 15, heading: raw.startsWith('# ') }));
  const head = place(header, 50, 740);
  const top = 740 - header.length * 15 - 20;
  const leftDraws = place(left, 50, top);
  const rightDraws = place(right, 330, top);
  let draws = [...head, ...(rightFirst ? [...rightDraws, ...leftDraws] : [...leftDraws, ...rightDraws])];
  if (headingsLast) draws = [...draws.filter((d) => !d.heading), ...draws.filter((d) => d.heading)];
  for (const d of draws) {
    page.drawText(d.text, {
      x: d.x,
      y: d.y,
      size: d.heading ? 12 : 10,
      font: d.heading ? bold : font,
      color: rgb(0, 0, 0),
    });
  }
  return doc.save({ useObjectStreams: false });
}

/** A page with text lines and link annotations over chosen lines (`links[i]` is the URL for `lines[i]`). */
export async function makeLinkedPdf(
  lines: readonly string[],
  links: Readonly<Record<number, string>>,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  const annotations = [];
  for (const [i, line] of lines.entries()) {
    const y = 740 - i * 16;
    page.drawText(line, { x: 56, y, size: 11, font });
    const url = links[i];
    if (url === undefined) continue;
    const width = font.widthOfTextAtSize(line, 11);
    annotations.push(
      doc.context.register(
        doc.context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [56, y - 3, 56 + width, y + 11],
          Border: [0, 0, 0],
          A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
        }),
      ),
    );
  }
  page.node.set(PDFName.of('Annots'), doc.context.obj(annotations));
  return doc.save({ useObjectStreams: false });
}

/** A page with only shapes (a "scan"): no text at all. */
export async function makeImageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  for (let i = 0; i < 30; i += 1) {
    page.drawRectangle({
      x: 50 + (i % 5) * 100,
      y: 700 - Math.floor(i / 5) * 110,
      width: 80,
      height: 90,
      color: rgb(i / 30, 0.4, 0.6),
    });
  }
  return doc.save({ useObjectStreams: false });
}

// ------------------------------------------------------------------------------------------------- ZIP

export interface ZipEntryInput {
  name: string;
  /** The entry's bytes: stored as they are, or raw DEFLATE data when `deflated` is set. */
  data: Uint8Array;
  deflated?: boolean;
  /** Overrides the uncompressed size the headers claim (default: data length). */
  declaredSize?: number;
}

/** A ZIP (no CRCs: readers we target do not check them by default). */
export function makeZip(entries: readonly ZipEntryInput[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = latin1(entry.name);
    const size = entry.data.length;
    const declared = entry.declaredSize ?? size;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.deflated ? 8 : 0, true);
    lv.setUint32(18, size, true);
    lv.setUint32(22, declared, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.deflated ? 8 : 0, true);
    cv.setUint32(20, size, true);
    cv.setUint32(24, declared, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...centrals, end]);
}

/**
 * A DOCX whose word/document.xml inflates to `megabytes` MB of text while its directory claims a few KB,
 * so only a parser that is stopped from outside survives it.
 */
export async function makeDocxBomb(megabytes: number): Promise<Uint8Array> {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const zlib = await makeZlibBomb(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>`,
    megabytes,
    '</w:t></w:r></w:p></w:body></w:document>',
  );
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  return makeZip([
    { name: '[Content_Types].xml', data: encode(types) },
    { name: '_rels/.rels', data: encode(rels) },
    // ZIP wants raw DEFLATE: drop the zlib header (2 bytes) and Adler-32 trailer (4 bytes).
    { name: 'word/document.xml', data: zlib.subarray(2, zlib.length - 4), deflated: true, declaredSize: 4096 },
  ]);
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
export function pseudoRandomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
