/**
 * OCR rows of `npm run bench`: the first page of a few bench documents rendered to a picture (a screenshot
 * at 108 dpi, and an image-only PDF at 144 dpi: a scan), read by the OCR worker. Per page: the worker's
 * recognition time (median, p95); the OCR worker's peak resident memory (VmHWM); and how long a text PDF
 * takes to read while an OCR job is running, against idle (other users' checks keep flowing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { extractFile, warmUpOcr } from '../src/core/extract/index.js';
import type { BenchDoc } from './corpus.js';
import { median, ms, percentile, type Row } from './stats.js';

const PAGES = Number(process.env.BENCH_OCR_PAGES ?? 6);
const LIMITS = { maxBytes: 60_000_000, ocrTimeoutMs: 120_000 };

async function firstPage(bytes: Uint8Array, scale: number): Promise<Buffer> {
  const parser = new PDFParse({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  try {
    const shot = await parser.getScreenshot({ scale, first: 1, imageBuffer: true, imageDataUrl: false });
    return Buffer.from(shot.pages[0]?.data ?? new Uint8Array());
  } finally {
    await parser.destroy();
  }
}

async function asScan(png: Buffer, scale: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const page = doc.addPage([image.width / scale, image.height / scale]);
  page.drawImage(image, { x: 0, y: 0, width: image.width / scale, height: image.height / scale });
  return doc.save();
}

/** The OCR worker's peak resident set (VmHWM), found among this process's children by its module name. */
function ocrWorkerPeakMb(): number | null {
  try {
    for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
      const children = readFileSync(`/proc/${process.pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/u);
      for (const pid of children.filter((c) => c !== '')) {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.includes('ocr-worker')) continue;
        const m = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m?.[1] !== undefined) return Number(m[1]) / 1024;
      }
    }
  } catch {
    // not Linux, or the worker is gone
  }
  return null;
}

async function timeText(doc: BenchDoc, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await extractFile(doc.bytes);
    times.push(performance.now() - started);
  }
  return times;
}

export async function benchOcr(docs: readonly BenchDoc[]): Promise<{ rows: Row[]; lines: string[] }> {
  await warmUpOcr();
  const picked = docs.slice(0, PAGES);
  const pictureMs: number[] = [];
  const scanMs: number[] = [];
  const failures: string[] = [];
  for (const doc of picked) {
    const picture = await firstPage(doc.bytes, 1.5);
    const scan = await asScan(await firstPage(doc.bytes, 2), 2);
    for (const [bytes, into] of [
      [picture, pictureMs],
      [scan, scanMs],
    ] as const) {
      try {
        const result = await extractFile(bytes, LIMITS);
        if (result.ocr) into.push(result.ocr.ms / Math.max(1, result.pagesAnalysed ?? 1));
      } catch (err) {
        failures.push(`${doc.name}: ${err instanceof Error ? err.message.slice(0, 60) : String(err)}`);
      }
    }
  }
  const peak = ocrWorkerPeakMb();

  // A text PDF read while the OCR worker is busy with a picture, against the same file read idle.
  const text = docs[0];
  const lines: string[] = [];
  if (text && picked[0]) {
    const idle = await timeText(text, 5);
    const busyPicture = await firstPage(picked[0].bytes, 1.5);
    const ocr = extractFile(busyPicture, LIMITS);
    const during = await timeText(text, 5);
    await ocr;
    lines.push(
      `text PDF read while an OCR job runs: median ${ms(median(during))} (idle ${ms(median(idle))})   other checks keep flowing`,
    );
  }
  lines.push(
    `OCR worker peak RSS: ${peak === null ? 'n/a' : `${peak.toFixed(0)} MB`}   (limit 1200 MB)` +
      (failures.length ? `; failed: ${failures.join('; ')}` : ''),
  );
  const row = (label: string, values: readonly number[]): Row => ({
    label,
    cells:
      values.length === 0
        ? ['n/a', 'n/a', 'n/a', '≤ 3 s a page']
        : [ms(median(values), 0), ms(percentile(values, 95), 0), ms(Math.max(...values), 0), '≤ 3 s a page'],
  });
  return {
    rows: [
      row(`OCR, screenshot 108 dpi (${pictureMs.length} pages)`, pictureMs),
      row(`OCR, scanned PDF 144 dpi (${scanMs.length} pages)`, scanMs),
    ],
    lines,
  };
}
