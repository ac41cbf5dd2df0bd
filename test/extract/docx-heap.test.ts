/**
 * A DOCX with 100,000 paragraphs is small on disk (deflated) and within the unpacked-size cap, yet
 * parsing it exhausts the worker's heap: that crash gets its own code, 'too-complex', and is not
 * reported as a size problem. Other files keep being checked afterwards.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../src/core/errors.js';
import { extractFile, shutdownExtractors } from '../../src/core/extract/index.js';
import { makeZip } from '../helpers/pdf-fixtures.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const encode = (text: string) => new TextEncoder().encode(text);

function docx(paragraphs: number): Uint8Array {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i += 1)
    body.push(
      `<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Line ${i}</w:t></w:r><w:r><w:t xml:space="preserve"> built the API</w:t></w:r></w:p>`,
    );
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`;
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const document = encode(xml);
  return makeZip([
    { name: '[Content_Types].xml', data: encode(types) },
    { name: '_rels/.rels', data: encode(rels) },
    { name: 'word/document.xml', data: deflateRawSync(document), deflated: true, declaredSize: document.length },
  ]);
}

describe('a DOCX that exhausts the parser', () => {
  it("is 'too-complex', not 'too-large', and the next file is read", { timeout: 120_000 }, async () => {
    const file = docx(100_000);
    expect(file.length).toBeLessThan(5_000_000);
    const err = await extractFile(file, { timeoutMs: 60_000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isCodedError(err) ? err.code : err).toBe('too-complex');
    expect(isCodedError(err) ? err.userMessage : '').not.toMatch(/unpacks/);
    const small = await extractFile(docx(3), { timeoutMs: 30_000 });
    expect(small.text).toContain('Line 2 built the API');
    await shutdownExtractors();
  });
});
