/**
 * `npm run eval:ocr`: how well a resume reads by OCR, against the same resume read from its text layer.
 *
 * For each text-layer PDF of ../shared/corpus: its pages are rendered to pictures here (pdf.js + canvas), and
 *   - scan:    the pictures are wrapped in an image-only PDF (a scanner's "save as PDF") at --scan-scale
 *              (default 2 = 144 dpi), which the bot reads by OCR like any scan;
 *   - picture: one-page resumes only, page 1 as a PNG at --shot-scale (default 1.5 = 108 dpi, a phone
 *              screenshot's width), which the bot reads like a photo sent in a chat.
 * Both go through the whole check (extract → parse → review) and are compared with the text run:
 * section-kind sequence equal, findings recall (rule + pillar/section + evidence, evidence allowed small
 * misreads), name / email / phone exactly equal, word recall of the text (multiset of words), and
 * OCR milliseconds per page. The two image-only scans of the corpus are read too (sections and name/email
 * against their labels). Targets (issue 15, fixed before running): sequence ≥ 90 %, findings recall ≥ 0.85,
 * name/email/phone ≥ 90 %, ≤ 3 s a page.
 *
 * Splits: scripts/lib/corpus-split.ts. The train split is what thresholds and resolutions are tuned on; the
 * held-out (test) split is scored only with --score-test, once, at the end. No resume text is printed.
 * Options: --limit N (files per split), --only-scan / --only-picture, --files a.pdf,b.pdf, --verbose (the section
 * kind sequences of a train file whose sequence differs: kinds only, no headings or text; never for held-out files).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { z } from 'zod';
import { isCodedError } from '../src/core/errors.js';
import { extractFile, shutdownExtractors, warmUpExtractors, warmUpOcr } from '../src/core/extract/index.js';
import type { Analysis } from '../src/core/pipeline.js';
import { buildReviewDocument } from '../src/core/reply/build.js';
import { parseResume } from '../src/core/resume/index.js';
import { reviewResume } from '../src/core/review/review.js';
import type { Finding } from '../src/core/rules/types.js';
import { HELD_OUT } from './lib/corpus-split.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');
const NOW = new Date('2026-06-01T00:00:00Z');
const LIMITS = { maxBytes: 60_000_000, maxPages: 4, timeoutMs: 20_000, ocrTimeoutMs: 180_000 };

const TARGETS = { sequence: 0.9, findings: 0.85, contact: 0.9, msPerPage: 3000 };

const expectedSchema = z.array(
  z.object({
    file: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    pages: z.number().int(),
    textLayer: z.boolean(),
    sections: z.array(z.object({ kind: z.string(), altKind: z.string().optional() })),
  }),
);
type Expected = z.infer<typeof expectedSchema>[number];

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
const flag = (name: string): boolean => process.argv.includes(name);

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
const digits = (s: string): string => s.replace(/\D/gu, '');
const words = (s: string): string[] => norm(s).match(/[\p{L}\p{N}][\p{L}\p{N}@.'’+#-]*/gu) ?? [];

/** Share of the reference's words (as a multiset) that the candidate has. */
function wordRecall(reference: string, candidate: string): number {
  const have = new Map<string, number>();
  for (const w of words(candidate)) have.set(w, (have.get(w) ?? 0) + 1);
  const ref = words(reference);
  let hit = 0;
  for (const w of ref) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit += 1;
      have.set(w, n - 1);
    }
  }
  return ref.length === 0 ? 1 : hit / ref.length;
}

function similar(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0) return wb.size === 0;
  return wa.filter((w) => wb.has(w)).length / Math.max(wa.length, wb.size) >= 0.75;
}

/** Findings of the text run that the OCR run also has (greedy one-to-one). */
function findingsRecall(text: readonly Finding[], ocr: readonly Finding[]): { hit: number; total: number } {
  const left = [...ocr];
  let hit = 0;
  for (const f of text) {
    const i = left.findIndex(
      (g) => g.rule === f.rule && g.pillar === f.pillar && g.section === f.section && similar(f.evidence, g.evidence),
    );
    if (i >= 0) {
      hit += 1;
      left.splice(i, 1);
    }
  }
  return { hit, total: text.length };
}

interface Run {
  file: string;
  mode: 'scan' | 'picture';
  error: string | null;
  sequence: boolean;
  findings: { hit: number; total: number };
  name: boolean | null;
  email: boolean | null;
  phone: boolean | null;
  wordRecall: number;
  msPerPage: number | null;
  confidence: number | null;
  pages: number;
}

function compare(file: string, mode: Run['mode'], text: Analysis, ocr: Analysis | null, error: string | null): Run {
  const exact = (a: string | null, b: string | null | undefined, f: (s: string) => string): boolean | null =>
    a === null ? null : b != null && f(a) === f(b);
  const pages = ocr?.resume.source.pagesAnalysed ?? 1;
  return {
    file,
    mode,
    error,
    sequence:
      ocr !== null &&
      ocr.resume.sections.map((s) => s.kind).join(' ') === text.resume.sections.map((s) => s.kind).join(' '),
    findings: ocr ? findingsRecall(text.findings, ocr.findings) : { hit: 0, total: text.findings.length },
    name: exact(text.resume.contact.name, ocr?.resume.contact.name, norm),
    email: exact(text.resume.contact.email, ocr?.resume.contact.email, norm),
    phone: exact(text.resume.contact.phone, ocr?.resume.contact.phone, digits),
    wordRecall: ocr ? wordRecall(text.resume.text, ocr.resume.text) : 0,
    msPerPage: ocr?.resume.source.ocr ? ocrMs(ocr) / Math.max(1, pages) : null,
    confidence: ocr?.resume.source.ocr?.confidence ?? null,
    pages,
  };
}

/** The OCR worker's own time (the review does not carry it). */
const ocrTimes = new WeakMap<Analysis, number>();
const ocrMs = (a: Analysis): number => ocrTimes.get(a) ?? 0;

async function renderPages(bytes: Uint8Array, scale: number, maxPages: number): Promise<Buffer[]> {
  // A copy: pdf.js transfers (detaches) the buffer it is given.
  const parser = new PDFParse({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
  try {
    const shot = await parser.getScreenshot({ scale, first: maxPages, imageBuffer: true, imageDataUrl: false });
    return shot.pages.map((p) => Buffer.from(p.data));
  } finally {
    await parser.destroy();
  }
}

async function imageOnlyPdf(pngs: readonly Buffer[], scale: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const png of pngs) {
    const image = await doc.embedPng(png);
    const w = image.width / scale;
    const h = image.height / scale;
    doc.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
  }
  return doc.save();
}

/** The check as analyzeFile runs it, keeping the OCR worker's own time (recognition, all pages). */
async function timed(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ analysis: Analysis | null; error: string | null }> {
  try {
    const extracted = await extractFile(bytes, { fileName, ...LIMITS });
    const review = reviewResume(parseResume(extracted), { role: null, jobDescription: null, now: NOW });
    const analysis: Analysis = { ...review, document: buildReviewDocument(review) };
    if (extracted.ocr) ocrTimes.set(analysis, extracted.ocr.ms);
    return { analysis, error: null };
  } catch (err) {
    return { analysis: null, error: isCodedError(err) ? err.code : err instanceof Error ? err.message : String(err) };
  }
}

const kindsOf = (a: Analysis): string => a.resume.sections.map((s) => s.kind).join(' ');
const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);
const mark = (v: boolean | null): string => (v === null ? '·' : v ? '✓' : '✗');

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? null;
}
function p95(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? null;
}

function summary(title: string, runs: readonly Run[]): void {
  if (runs.length === 0) return;
  const ok = runs.filter((r) => r.error === null);
  const seq = runs.filter((r) => r.sequence).length;
  const hit = runs.reduce((n, r) => n + r.findings.hit, 0);
  const total = runs.reduce((n, r) => n + r.findings.total, 0);
  const contact = (k: 'name' | 'email' | 'phone'): string => {
    const labelled = runs.filter((r) => r[k] !== null);
    return `${pct(labelled.filter((r) => r[k]).length, labelled.length)} (${labelled.filter((r) => r[k]).length}/${labelled.length})`;
  };
  const times = ok.flatMap((r) => (r.msPerPage === null ? [] : [r.msPerPage]));
  const recall = ok.reduce((n, r) => n + r.wordRecall, 0) / Math.max(1, ok.length);
  const errors = new Map<string, number>();
  for (const r of runs) if (r.error) errors.set(r.error, (errors.get(r.error) ?? 0) + 1);
  console.log(`\n== ${title}: ${runs.length} files (${ok.length} read)`);
  console.log(
    `section-kind sequence equal to the text run: ${pct(seq, runs.length)} (${seq}/${runs.length})   target ≥ ${100 * TARGETS.sequence}%`,
  );
  console.log(
    `findings recall vs the text run:             ${(total === 0 ? 0 : hit / total).toFixed(3)} (${hit}/${total})   target ≥ ${TARGETS.findings}`,
  );
  console.log(
    `name exact:  ${contact('name')}   email exact: ${contact('email')}   phone exact: ${contact('phone')}   target ≥ ${100 * TARGETS.contact}%`,
  );
  console.log(`word recall of the text (mean over files read): ${(100 * recall).toFixed(1)}%`);
  console.log(
    `OCR time per page (worker, ms): median ${median(times)?.toFixed(0) ?? 'n/a'}, p95 ${p95(times)?.toFixed(0) ?? 'n/a'}   target ≤ ${TARGETS.msPerPage}`,
  );
  if (errors.size) console.log(`errors: ${[...errors].map(([c, n]) => `${c} ×${n}`).join(', ')}`);
}

async function main(): Promise<void> {
  const expectedPath = path.join(CORPUS_DIR, 'expected.json');
  if (!existsSync(expectedPath)) {
    console.log(`eval:ocr: no corpus at ${CORPUS_DIR} — skipped.`);
    return;
  }
  const scoreTest = flag('--score-test');
  const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
  const scanScale = Number(arg('--scan-scale') ?? 2);
  const shotScale = Number(arg('--shot-scale') ?? 1.5);
  const only = arg('--files')?.split(',') ?? null;
  const doScan = !flag('--only-picture');
  const doPicture = !flag('--only-scan');
  const verbose = flag('--verbose');
  const expected = expectedSchema.parse(JSON.parse(await readFile(expectedPath, 'utf8')));
  await Promise.all([warmUpExtractors(), warmUpOcr()]).catch(() => undefined);

  const pick = (test: boolean): Expected[] =>
    expected
      .filter((e) => e.textLayer && HELD_OUT.has(e.file) === test && (only === null || only.includes(e.file)))
      .slice(0, limit);
  const splits: [string, Expected[]][] = [['TRAIN', pick(false)]];
  if (scoreTest) splits.push(['TEST (held out)', pick(true)]);
  else console.log('(held-out split not scored: --score-test, once, at the end)');

  console.log('file                              mode     seq find  name email phone  words  conf  ms/page');
  const bySplit = new Map<string, Run[]>();
  for (const [split, files] of splits) {
    const runs: Run[] = [];
    for (const exp of files) {
      const original = new Uint8Array(await readFile(path.join(CORPUS_DIR, exp.file)));
      const text = await timed(original, exp.file);
      if (!text.analysis) {
        console.log(`${exp.file.padEnd(34)}text run failed: ${text.error}`);
        continue;
      }
      const modes: ['scan' | 'picture', () => Promise<Uint8Array>][] = [];
      if (doScan)
        modes.push([
          'scan',
          async () => imageOnlyPdf(await renderPages(original, scanScale, LIMITS.maxPages), scanScale),
        ]);
      if (doPicture && exp.pages === 1)
        modes.push(['picture', async () => (await renderPages(original, shotScale, 1))[0] ?? Buffer.alloc(0)]);
      for (const [mode, make] of modes) {
        const bytes = await make();
        const ocr = await timed(bytes, exp.file);
        const run = compare(exp.file, mode, text.analysis, ocr.analysis, ocr.error);
        runs.push(run);
        console.log(
          `${exp.file.padEnd(34)}${mode.padEnd(9)}${mark(run.sequence).padEnd(4)}${`${run.findings.hit}/${run.findings.total}`.padEnd(6)}${mark(run.name).padEnd(6)}${mark(run.email).padEnd(6)}${mark(run.phone).padEnd(7)}${(100 * run.wordRecall).toFixed(0).padStart(4)}%  ${run.confidence?.toFixed(0) ?? '  -'}  ${run.msPerPage?.toFixed(0) ?? '-'}${run.error ? `  error: ${run.error}` : ''}`,
        );
        if (verbose && split === 'TRAIN' && !run.sequence && ocr.analysis)
          console.log(`    text: ${kindsOf(text.analysis)}\n    ocr:  ${kindsOf(ocr.analysis)}`);
      }
    }
    bySplit.set(split, runs);
  }
  for (const [split, runs] of bySplit) {
    summary(
      `${split}, scan (image-only PDF at ${scanScale * 72} dpi)`,
      runs.filter((r) => r.mode === 'scan'),
    );
    summary(
      `${split}, picture (one-page PNG at ${shotScale * 72} dpi)`,
      runs.filter((r) => r.mode === 'picture'),
    );
  }

  console.log('\n== the corpus’s own image-only scans (labels from expected.json)');
  for (const exp of expected.filter((e) => !e.textLayer)) {
    const bytes = new Uint8Array(await readFile(path.join(CORPUS_DIR, exp.file)));
    const { analysis, error } = await timed(bytes, exp.file);
    if (!analysis) {
      console.log(`${exp.file.padEnd(34)}error: ${error}`);
      continue;
    }
    const kinds: string[] = analysis.resume.sections.map((s) => s.kind);
    const labelled = exp.sections.filter((s) => kinds.includes(s.kind) || (s.altKind && kinds.includes(s.altKind)));
    const c = analysis.resume.contact;
    console.log(
      `${exp.file.padEnd(34)}sections ${kinds.length} found, ${labelled.length}/${exp.sections.length} labelled kinds present; name ${mark(exp.name === null ? null : c.name !== null && norm(c.name) === norm(exp.name))} email ${mark(exp.email === null ? null : c.email !== null && norm(c.email) === norm(exp.email))} phone ${mark(exp.phone === null ? null : c.phone !== null && digits(c.phone) === digits(exp.phone))}; confidence ${analysis.resume.source.ocr?.confidence.toFixed(0) ?? '-'}`,
    );
  }
  await shutdownExtractors();
}

await main();
