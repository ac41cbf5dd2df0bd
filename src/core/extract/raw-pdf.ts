/**
 * Writes a PDF from raw object bodies with a correct cross-reference table. Used for the worker's warm-up
 * file and by tests that need PDFs no library will write (encrypted, bombs).
 */
export interface RawObject {
  /** The object's dictionary or value, e.g. "<< /Type /Catalog /Pages 2 0 R >>". */
  body: string | Uint8Array;
  /** Raw stream bytes; a `/Length` is added to the dictionary. */
  stream?: Uint8Array;
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Objects are numbered from 1 in order; object 1 must be the catalog. `trailerExtra` goes into the trailer. */
export function buildRawPdf(objects: readonly RawObject[], trailerExtra = ''): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n')];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(offset);
    const body = typeof object.body === 'string' ? latin1(object.body) : object.body;
    const chunk: Uint8Array[] = [latin1(`${i + 1} 0 obj\n`)];
    if (object.stream) {
      // Insert /Length into the dictionary: "<< ... >>" → "<< ... /Length N >>".
      const text = Array.from(body, (b) => String.fromCharCode(b)).join('');
      const end = text.lastIndexOf('>>');
      chunk.push(
        latin1(`${text.slice(0, end)} /Length ${object.stream.length} >>\nstream\n`),
        object.stream,
        latin1('\nendstream'),
      );
    } else {
      chunk.push(body);
    }
    chunk.push(latin1('\nendobj\n'));
    const bytes = concat(chunk);
    parts.push(bytes);
    offset += bytes.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ];
  parts.push(
    latin1(
      `${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`,
    ),
  );
  return concat(parts);
}

/** A one-page PDF showing `lines` in Helvetica (ASCII only). */
export function buildTextPdf(lines: readonly string[]): Uint8Array {
  const pdfString = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ['BT /F1 11 Tf 14 TL 56 740 Td', ...lines.map((l) => `(${pdfString(l)}) Tj T*`), 'ET'].join('\n');
  return buildRawPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
    { body: '<< >>', stream: Uint8Array.from(content, (c) => c.charCodeAt(0)) },
  ]);
}
