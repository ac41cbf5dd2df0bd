import { readFileSync } from 'node:fs';
import { extractFile, shutdownExtractors } from '/work/wt-parser/src/core/extract/index.ts';
const exp = JSON.parse(readFileSync('/work/shared/corpus/expected.json', 'utf8'));
let tot = 0, hit = 0;
for (const e of exp) {
  if (!e.textLayer) continue;
  const r = await extractFile(new Uint8Array(readFileSync('/work/shared/corpus/' + e.file)));
  const lines = r.text.split('\n');
  if (r.lineFacts?.length !== lines.length) console.log('LEN MISMATCH', e.file);
  let n = 0, h = 0;
  lines.forEach((l, i) => { if (l.trim()) { n++; if (r.lineFacts?.[i]) h++; } });
  tot += n; hit += h;
  if (h < n) console.log(e.file, h, '/', n);
}
console.log('total', hit, '/', tot);
await shutdownExtractors();
