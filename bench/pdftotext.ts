/** Poppler's pdftotext as a reference point, when it is installed (apt package poppler-utils). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BenchDoc } from './corpus.js';

const run = promisify(execFile);

export async function hasPdftotext(): Promise<boolean> {
  try {
    await run('pdftotext', ['-v']);
    return true;
  } catch {
    return false;
  }
}

/** Wall time of `pdftotext -layout FILE -` per document (process start included, as a user would see it). */
export async function timePdftotext(docs: readonly BenchDoc[], reps: number): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  for (const doc of docs) {
    if (doc.file === null) continue;
    const runs: number[] = [];
    for (let r = 0; r < reps; r++) {
      const started = performance.now();
      await run('pdftotext', ['-q', '-layout', doc.file, '-'], { maxBuffer: 64 * 1024 * 1024 });
      runs.push(performance.now() - started);
    }
    times.set(doc.name, runs);
  }
  return times;
}
