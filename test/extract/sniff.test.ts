import { describe, expect, it } from 'vitest';
import { identify, sniffFormat } from '../../src/core/extract/sniff.js';
import { makeZip, pseudoRandomBytes } from '../helpers/pdf-fixtures.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const withPadding = (head: Uint8Array, length = 512): Uint8Array => {
  const out = new Uint8Array(length);
  out.set(head);
  return out;
};

describe('sniffFormat', () => {
  it('recognises PDF, also after a little leading junk', () => {
    expect(sniffFormat(ascii('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffFormat(ascii('\n\n  junk %PDF-1.4\n'))).toBe('pdf');
  });

  it('recognises DOCX from the ZIP directory, never the file name', () => {
    const docx = makeZip([
      { name: '[Content_Types].xml', data: ascii('<Types/>') },
      { name: 'word/document.xml', data: ascii('<w:document/>') },
    ]);
    expect(sniffFormat(docx)).toBe('docx');
    const otherZip = makeZip([{ name: 'photos/me.jpg', data: ascii('not really') }]);
    expect(sniffFormat(otherZip)).toBeNull();
    expect(identify(otherZip)).toEqual({ format: null, kind: 'archive' });
  });

  it('accepts UTF-8 text (with a BOM) and UTF-16 text with a BOM', () => {
    expect(sniffFormat(ascii('Jordan Avery\nBackend Engineer — Zürich'))).toBe('text');
    expect(sniffFormat(bytes(0xef, 0xbb, 0xbf, 0x41, 0x42))).toBe('text');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Jordan Avery', 'utf16le')]);
    expect(identify(utf16)).toEqual({ format: 'text', text: 'Jordan Avery' });
  });

  it.each([
    ['TIFF', withPadding(bytes(0x49, 0x49, 0x2a, 0x00)), 'image'],
    ['HEIC photo', withPadding(Buffer.concat([bytes(0, 0, 0, 0x18), ascii('ftypheic')])), 'heic'],
    ['AVIF picture', withPadding(Buffer.concat([bytes(0, 0, 0, 0x1c), ascii('ftypavif')])), 'heic'],
    ['legacy Word .doc (OLE)', withPadding(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)), 'legacy-doc'],
    ['ELF executable', withPadding(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01)), 'executable'],
    ['Windows executable', withPadding(ascii('MZ\x90\x00\x03')), 'executable'],
    ['gzip', withPadding(bytes(0x1f, 0x8b, 0x08)), 'archive'],
    ['RTF', ascii('{\\rtf1\\ansi Jordan}'), 'rtf'],
    ['random bytes', pseudoRandomBytes(4096), 'other'],
  ])('refuses %s', (_name, input, kind) => {
    expect(identify(input)).toEqual({ format: null, kind });
    expect(sniffFormat(input)).toBeNull();
  });

  it.each([
    ['PNG', withPadding(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), 'png'],
    ['JPEG', withPadding(bytes(0xff, 0xd8, 0xff, 0xe0)), 'jpeg'],
    ['GIF', withPadding(ascii('GIF89a')), 'gif'],
    ['WebP', withPadding(Buffer.concat([ascii('RIFF'), bytes(0, 0, 0, 0), ascii('WEBPVP8 ')])), 'webp'],
  ])('takes a %s picture for OCR, from its magic bytes', (_name, input, image) => {
    expect(identify(input)).toEqual({ format: 'image', image });
    expect(sniffFormat(input)).toBe('image');
  });

  it('does not take a non-HEIF ISO media file (an MP4 video) for a photo', () => {
    expect(identify(withPadding(Buffer.concat([bytes(0, 0, 0, 0x18), ascii('ftypisom')])))).toEqual({
      format: null,
      kind: 'image',
    });
  });

  it('refuses binary that happens to be valid UTF-8 but is full of control characters', () => {
    expect(sniffFormat(ascii('\x01\x02\x03\x04\x05\x06 some \x07\x08 text \x0e\x0f\x10'))).toBeNull();
  });
});
