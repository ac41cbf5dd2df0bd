import { readFileSync, readdirSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { loadDocument } from '/work/wt-parser/src/core/extract/pdfjs-shapes.ts';
const dir = '/work/shared/corpus/';
let tcT = 0, opT = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).slice(0, 30);
for (const rep of [0, 1]) {
  tcT = 0; opT = 0;
  for (const f of files) {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(dir + f)), disableFontFace: true, useSystemFonts: false, verbosity: 0, isEvalSupported: false });
    const doc = await loadDocument(parser);
    const n = Math.min(doc.numPages, 4);
    for (let p = 1; p <= n; p++) {
      const page: any = await doc.getPage(p);
      let t = performance.now();
      await page.getTextContent();
      tcT += performance.now() - t;
      t = performance.now();
      await page.getOperatorList();
      opT += performance.now() - t;
    }
    await parser.destroy();
  }
  console.log('rep', rep, 'textContent total ms', tcT.toFixed(0), 'opList total ms', opT.toFixed(0));
}
