/**
 * `npm run eval:corpus`: extract + parse every PDF of ../shared/corpus and compare with its
 * expected.json labels. Prints, per file and in total: exact section-kind sequence (altKind counts),
 * per-kind recall/precision, section headings as written (of the matched sections), and name/email/phone recall. Skips (exit 0) when the corpus is absent.
 *
 * Prints labels and our own parse only as kinds and pass/fail marks: no resume text is printed.
 * `--verbose` adds the predicted and expected kind sequences for failing tuning files (`--verbose-all`: all).
 * Files are reported as all / tuning split / held-out split (scripts/lib/corpus-split.ts).
 *
 * `--set fresh` scores the fresh set instead (test/fixtures/fresh-sections: pasted text and DOCX written for
 * the project, labels in its labels.json), reported as all / dev split / test split (scripts/lib/fresh-split.ts);
 * `--verbose` shows dev files only. `--set fresh3` scores the third fresh set (test/fixtures/fresh3-sections, also
 * PDF markup rendered by scripts/lib/markup-pdf.ts; split in scripts/lib/fresh3-split.ts); `--set fresh4` the fourth
 * (test/fixtures/fresh4-sections, same formats; split in scripts/lib/fresh4-split.ts).
 *
 * `--dev-only` reads, parses and scores only the tuning/dev files: held-out and test files are not even run.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { extractFile, shutdownExtractors } from '../src/core/extract/index.js';
import { isCodedError } from '../src/core/errors.js';
import { parseResume } from '../src/core/resume/index.js';
import { SECTION_KINDS, type Resume, type SectionKind } from '../src/core/resume/types.js';
import { HELD_OUT } from './lib/corpus-split.js';
import { FRESH_TEST } from './lib/fresh-split.js';
import { FRESH3_TEST } from './lib/fresh3-split.js';
import { FRESH4_TEST } from './lib/fresh4-split.js';
import { markupToDocx } from './lib/markup-docx.js';
import { markupToPdf } from './lib/markup-pdf.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');
const FRESH_DIR = path.join(ROOT, 'test', 'fixtures', 'fresh-sections');
const FRESH3_DIR = path.join(ROOT, 'test', 'fixtures', 'fresh3-sections');
const FRESH4_DIR = path.join(ROOT, 'test', 'fixtures', 'fresh4-sections');

const kindSchema = z.enum(SECTION_KINDS);
const expectedSchema = z.array(
  z.object({
    file: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    textLayer: z.boolean().default(true),
    sections: z.array(z.object({ kind: kindSchema, heading: z.string().nullable(), altKind: kindSchema.optional() })),
  }),
);
type Expected = z.infer<typeof expectedSchema>[number];
type ExpectedSection = Expected['sections'][number];

export interface FileScore {
  file: string;
  error: string | null;
  sequenceOk: boolean;
  predicted: SectionKind[];
  expected: string[];
  name: boolean | null;
  email: boolean | null;
  phone: boolean | null;
  /** A phone found where the label says there is none. */
  phoneExtra: boolean;
  perKind: Map<SectionKind, { tp: number; fp: number; fn: number }>;
  /** Matched sections whose label has a heading, and how many of those we wrote as the label does. */
  headings: { labelled: number; asWritten: number };
}

const accepts = (e: ExpectedSection, kind: SectionKind): boolean => e.kind === kind || e.altKind === kind;

/** Longest common subsequence of predicted kinds and expected sections (altKind accepted). */
function align(predicted: readonly SectionKind[], expected: readonly ExpectedSection[]): Array<[number, number]> {
  const n = predicted.length;
  const m = expected.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const p = predicted[i];
      const e = expected[j];
      const row = dp[i] ?? [];
      const match = p !== undefined && e !== undefined && accepts(e, p) ? (dp[i + 1]?.[j + 1] ?? 0) + 1 : 0;
      row[j] = Math.max(match, dp[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const p = predicted[i];
    const e = expected[j];
    if (p !== undefined && e !== undefined && accepts(e, p) && dp[i]?.[j] === (dp[i + 1]?.[j + 1] ?? 0) + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((dp[i + 1]?.[j] ?? 0) >= (dp[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
const digits = (s: string): string => s.replace(/\D/gu, '');

export function scoreFile(expected: Expected, resume: Resume | null, error: string | null): FileScore {
  const predicted = resume?.sections.map((s) => s.kind) ?? [];
  const perKind = new Map<SectionKind, { tp: number; fp: number; fn: number }>();
  const bump = (kind: SectionKind, field: 'tp' | 'fp' | 'fn'): void => {
    const k = perKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    k[field] += 1;
    perKind.set(kind, k);
  };
  const pairs = align(predicted, expected.sections);
  const matchedP = new Set(pairs.map(([i]) => i));
  const matchedE = new Set(pairs.map(([, j]) => j));
  predicted.forEach((kind, i) => {
    bump(kind, matchedP.has(i) ? 'tp' : 'fp');
  });
  expected.sections.forEach((e, j) => {
    if (!matchedE.has(j)) bump(e.kind, 'fn');
  });
  const sequenceOk = predicted.length === expected.sections.length && pairs.length === predicted.length;
  // The heading as written: case, spacing and a trailing colon aside (letter-spaced "S K I L L S" reads "SKILLS").
  const headingNorm = (h: string): string => norm(h).replace(/:$/u, '').trim();
  const headings = { labelled: 0, asWritten: 0 };
  for (const [i, j] of pairs) {
    const want = expected.sections[j]?.heading;
    if (want === null || want === undefined) continue;
    headings.labelled++;
    const got = resume?.sections[i]?.heading;
    if (got != null && headingNorm(got) === headingNorm(want)) headings.asWritten++;
  }
  const c = resume?.contact;
  return {
    file: expected.file,
    error,
    sequenceOk,
    predicted,
    expected: expected.sections.map((e) => (e.altKind === undefined ? e.kind : `${e.kind}|${e.altKind}`)),
    name: expected.name === null ? null : c?.name != null && norm(c.name) === norm(expected.name),
    email: expected.email === null ? null : c?.email != null && norm(c.email) === norm(expected.email),
    phone: expected.phone === null ? null : c?.phone != null && digits(c.phone) === digits(expected.phone),
    phoneExtra: expected.phone === null && c?.phone != null,
    perKind,
    headings,
  };
}

function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

const mark = (v: boolean | null): string => (v === null ? '·' : v ? '✓' : '✗');

function kindTotals(scores: readonly FileScore[]): Map<SectionKind, { tp: number; fp: number; fn: number }> {
  const totals = new Map<SectionKind, { tp: number; fp: number; fn: number }>();
  for (const kind of SECTION_KINDS) {
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const s of scores) {
      const k = s.perKind.get(kind);
      t.tp += k?.tp ?? 0;
      t.fp += k?.fp ?? 0;
      t.fn += k?.fn ?? 0;
    }
    totals.set(kind, t);
  }
  return totals;
}

function printSummary(title: string, scores: readonly FileScore[]): void {
  const total = scores.length;
  const seq = scores.filter((s) => s.sequenceOk).length;
  const field = (k: 'name' | 'email' | 'phone'): string => {
    const labelled = scores.filter((s) => s[k] !== null);
    const ok = labelled.filter((s) => s[k] === true).length;
    return `${pct(ok, labelled.length)} (${ok}/${labelled.length})`;
  };
  const totals = kindTotals(scores);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of totals.values()) {
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  console.log('');
  console.log(`== ${title}: ${total} text-layer files`);
  console.log(`exact section-kind sequence: ${pct(seq, total)} (${seq}/${total})   target ≥ 90%`);
  console.log(
    `kind recall (all kinds):     ${pct(tp, tp + fn)} (${tp}/${tp + fn})   target ≥ 97%;  precision ${pct(tp, tp + fp)}`,
  );
  console.log(`name recall:  ${field('name')}   target ≥ 95%`);
  console.log(`email recall: ${field('email')}   target ≥ 95%`);
  console.log(
    `phone recall: ${field('phone')}   target ≥ 95%   (phone reported where none: ${scores.filter((s) => s.phoneExtra).length})`,
  );
  const labelled = scores.reduce((n, s) => n + s.headings.labelled, 0);
  const asWritten = scores.reduce((n, s) => n + s.headings.asWritten, 0);
  console.log(`section headings as written: ${pct(asWritten, labelled)} (${asWritten}/${labelled} matched sections)`);
  console.log('kind            recall  precision   tp  fp  fn');
  for (const [kind, t] of totals) {
    if (t.tp + t.fp + t.fn === 0) continue;
    console.log(
      `${kind.padEnd(15)} ${pct(t.tp, t.tp + t.fn)}  ${pct(t.tp, t.tp + t.fp)}   ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
    );
  }
}

interface EvalSet {
  dir: string;
  labels: string;
  /** The files scored only at the end. */
  heldOut: ReadonlySet<string>;
  titles: { tuning: string; heldOut: string };
  /** The file's bytes as a user would send them. */
  read(file: string): Promise<Uint8Array>;
}

const readBytes = async (file: string): Promise<Uint8Array> => new Uint8Array(await readFile(file));

/** A fresh set's file as a user would send it: DOCX and PDF markup rendered to real files, text as pasted. */
async function readFresh(dir: string, file: string): Promise<Uint8Array> {
  if (file.endsWith('.docx.txt')) return markupToDocx(await readFile(path.join(dir, file), 'utf8'));
  if (file.endsWith('.pdf.txt')) return markupToPdf(await readFile(path.join(dir, file), 'utf8'));
  return readBytes(path.join(dir, file));
}

const SET_NAMES = ['corpus', 'fresh', 'fresh3', 'fresh4'] as const;

/** A set of our own labelled files, split into dev and test when its labels were committed. */
function freshSet(dir: string, test: ReadonlySet<string>): EvalSet {
  return {
    dir,
    labels: 'labels.json',
    heldOut: test,
    titles: { tuning: 'DEV SPLIT', heldOut: 'TEST SPLIT (scored at the end)' },
    read: (file) => readFresh(dir, file),
  };
}

const SETS: Record<(typeof SET_NAMES)[number], EvalSet> = {
  corpus: {
    dir: CORPUS_DIR,
    labels: 'expected.json',
    heldOut: HELD_OUT,
    titles: { tuning: 'TUNING SPLIT', heldOut: 'HELD-OUT SPLIT (the figure that counts)' },
    read: (file) => readBytes(path.join(CORPUS_DIR, file)),
  },
  fresh: freshSet(FRESH_DIR, FRESH_TEST),
  fresh3: freshSet(FRESH3_DIR, FRESH3_TEST),
  fresh4: freshSet(FRESH4_DIR, FRESH4_TEST),
};

function chosenSet(): EvalSet {
  const i = process.argv.indexOf('--set');
  const name = i >= 0 ? process.argv[i + 1] : 'corpus';
  const known = SET_NAMES.find((n) => n === name);
  if (known === undefined) throw new Error(`--set: ${SET_NAMES.join(', ')}, not ${name}`);
  return SETS[known];
}

async function main(): Promise<void> {
  const verboseAll = process.argv.includes('--verbose-all');
  const verbose = verboseAll || process.argv.includes('--verbose');
  const devOnly = process.argv.includes('--dev-only');
  const set = chosenSet();
  const heldOut = set.heldOut;
  const expectedPath = path.join(set.dir, set.labels);
  if (!existsSync(expectedPath)) {
    console.log(`eval:corpus: no labels at ${expectedPath} — skipped.`);
    return;
  }
  const expected = expectedSchema.parse(JSON.parse(await readFile(expectedPath, 'utf8')));
  const scores: FileScore[] = [];
  let noTextOk = 0;
  let noTextTotal = 0;
  console.log('file                          seq  name email phone  kinds   (H = held-out)');
  for (const exp of expected) {
    if (devOnly && heldOut.has(exp.file)) continue;
    const bytes = await set.read(exp.file);
    let resume: Resume | null = null;
    let error: string | null = null;
    try {
      resume = parseResume(await extractFile(bytes, { fileName: exp.file }));
    } catch (err) {
      error = isCodedError(err) ? err.code : err instanceof Error ? err.message : String(err);
    }
    if (!exp.textLayer) {
      noTextTotal++;
      // Image-only files are read by OCR now (scored by npm run eval:ocr); a clear OCR refusal counts too.
      const ok = resume?.source.ocr !== undefined || error === 'ocr-unclear';
      if (ok) noTextOk++;
      console.log(`${exp.file.padEnd(30)}${ok ? `read by OCR (${error ?? 'parsed'}) ✓` : `OCR failed: ${error} ✗`}`);
      continue;
    }
    const s = scoreFile(exp, resume, error);
    scores.push(s);
    const kinds = error !== null ? `error: ${error}` : `${s.predicted.length}/${s.expected.length}`;
    console.log(
      `${heldOut.has(exp.file) ? 'H ' : '  '}${exp.file.padEnd(30)}${mark(s.sequenceOk).padEnd(5)}${mark(s.name).padEnd(5)}${mark(s.email).padEnd(6)}${mark(s.phone).padEnd(7)}${kinds}${s.phoneExtra ? '  (phone where none)' : ''}`,
    );
    if (verbose && !s.sequenceOk && (verboseAll || !heldOut.has(s.file))) {
      console.log(`    got      ${s.predicted.join(' ')}`);
      console.log(`    expected ${s.expected.join(' ')}`);
    }
    if (verbose && s.headings.asWritten < s.headings.labelled && (verboseAll || !heldOut.has(s.file)))
      console.log(`    headings as written: ${s.headings.asWritten}/${s.headings.labelled}`);
  }

  console.log('');
  if (noTextTotal > 0) console.log(`image-only files handled by OCR: ${noTextOk}/${noTextTotal}`);
  if (!devOnly) printSummary('ALL FILES', scores);
  printSummary(
    set.titles.tuning,
    scores.filter((s) => !heldOut.has(s.file)),
  );
  if (!devOnly)
    printSummary(
      set.titles.heldOut,
      scores.filter((s) => heldOut.has(s.file)),
    );
  await shutdownExtractors();
}

await main();
