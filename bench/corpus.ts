/**
 * The documents the benchmarks run on: the PDFs of ../shared/corpus when present (text-layer files
 * only), otherwise PDFs generated from the synthetic sample resumes.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTextPdf } from '../scripts/lib/simple-pdf.js';
import { STRONG_BACKEND_RESUME, WEAK_BACKEND_RESUME } from '../test/helpers/sample-resumes.js';

export interface BenchDoc {
  name: string;
  /** Absolute path when the document is a file on disk (pdftotext needs one). */
  file: string | null;
  bytes: Uint8Array;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');

/** Files labelled image-only in expected.json: they end in no-text-layer and would skew the timings. */
async function imageOnlyFiles(): Promise<Set<string>> {
  try {
    const raw: unknown = JSON.parse(await readFile(path.join(CORPUS_DIR, 'expected.json'), 'utf8'));
    if (!Array.isArray(raw)) return new Set();
    const names = raw.flatMap((e: unknown) => {
      if (typeof e !== 'object' || e === null) return [];
      const { file, textLayer } = e as { file?: unknown; textLayer?: unknown };
      return typeof file === 'string' && textLayer === false ? [file] : [];
    });
    return new Set(names);
  } catch {
    return new Set();
  }
}

export async function loadCorpus(): Promise<{ docs: BenchDoc[]; source: string }> {
  if (existsSync(CORPUS_DIR)) {
    const skip = await imageOnlyFiles();
    const names = (await readdir(CORPUS_DIR)).filter((f) => f.endsWith('.pdf') && !skip.has(f)).sort();
    if (names.length > 0) {
      const docs = await Promise.all(
        names.map(async (name) => {
          const file = path.join(CORPUS_DIR, name);
          return { name, file, bytes: new Uint8Array(await readFile(file)) };
        }),
      );
      return { docs, source: `${docs.length} text-layer PDFs from ${CORPUS_DIR}` };
    }
  }
  const docs: BenchDoc[] = [];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'resume-bench-'));
  const samples = [WEAK_BACKEND_RESUME, STRONG_BACKEND_RESUME];
  for (let i = 0; i < 10; i++) {
    const lines = samples[i % samples.length] ?? [];
    // Vary the length a little: 1–3 copies of the experience block.
    const body = Array.from({ length: 1 + (i % 3) }, () => lines).flat();
    const name = `generated-${i + 1}.pdf`;
    const bytes = await makeTextPdf(body);
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    docs.push({ name, file, bytes });
  }
  return { docs, source: `corpus absent (${CORPUS_DIR}): ${docs.length} generated PDFs` };
}
