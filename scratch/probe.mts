import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { loadDocument } from '/work/wt-parser/src/core/extract/pdfjs-shapes.ts';
const file = process.argv[2]!;
const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
const doc = await loadDocument(parser);
const page: any = await doc.getPage(1);
const t0 = performance.now();
const content: any = await page.getTextContent();
console.log('tc ms', performance.now() - t0);
console.log(Object.keys(content), JSON.stringify(content.styles).slice(0, 600));
const names = new Set<string>(content.items.filter((i: any) => i.fontName).map((i: any) => i.fontName));
for (const n of names) {
  let f: any = null;
  try { f = page.commonObjs.has(n) ? page.commonObjs.get(n) : null; } catch (e) { f = 'ERR ' + e; }
  console.log(n, f && typeof f === 'object' ? { name: f.name, bold: f.bold, black: f.black, italic: f.italic, loadedName: f.loadedName, fallback: f.fallbackName, sys: f.systemFontInfo } : f);
}
const t1 = performance.now();
const ops: any = await page.getOperatorList();
console.log('oplist ms', performance.now() - t1, ops.fnArray.length);
for (const n of names) {
  let f: any = null;
  try { f = page.commonObjs.has(n) ? page.commonObjs.get(n) : null; } catch (e) { f = 'ERR ' + e; }
  console.log(n, f && typeof f === 'object' ? { name: f.name, bold: f.bold, italic: f.italic } : f);
}
await parser.destroy();
