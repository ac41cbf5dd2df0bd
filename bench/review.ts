/**
 * Review timings, per document:
 * - "analysis alone": reviewResume on an already-parsed resume (rules + coverage + scores + rewrites +
 *   reply document). Target ≤ 5 ms median.
 * - "whole review" (analyzeFile: extract → parse → review) against "extraction alone" (extractFile) on the
 *   same bytes, runs interleaved so load drifts hit both alike. Target: whole ≤ 1.25× extraction.
 *
 * bench/index.ts calls `timeReviewStages` and prints its rows; `benchReview` returns the raw figures;
 * `tsx bench/review.ts` runs this part alone.
 */
import { fileURLToPath } from 'node:url';
import { extractFile, shutdownExtractors } from '../src/core/extract/index.js';
import type { ExtractResult } from '../src/core/extract/types.js';
import { analyzeFile } from '../src/core/pipeline.js';
import { parseResume } from '../src/core/resume/index.js';
import { reviewResume } from '../src/core/review/index.js';
import { loadCorpus, type BenchDoc } from './corpus.js';
import { median, ms, percentile, table } from './stats.js';

export interface ReviewStageTiming {
  /** Row label, e.g. "review (analysis alone)". */
  stage: string;
  /** ms per document (one value per document, or per run). */
  times: number[];
}

export interface ReviewBenchInput {
  docs: readonly BenchDoc[];
  /** Extraction results by document name (already extracted by the extract stage). */
  extracted: ReadonlyMap<string, ExtractResult>;
  reps: number;
}

export interface ReviewBenchResult {
  /** Per document: median ms of reviewResume over its runs (wall clock). */
  analysis: number[];
  /** Per document: mean CPU ms of reviewResume (less sensitive to other processes on a busy machine). */
  analysisCpu: number[];
  /** Per document: median ms of extractFile and of analyzeFile. */
  extract: number[];
  whole: number[];
  /** Per document: whole / extract. */
  ratios: number[];
  /** median(whole) / median(extract). */
  ratio: number;
  failures: string[];
}

/** Analysis runs are cheap: take more of them than the extraction reps for a stable median. */
const ANALYSIS_RUNS = 20;

export async function benchReview({ docs, extracted, reps }: ReviewBenchInput): Promise<ReviewBenchResult> {
  const out: ReviewBenchResult = {
    analysis: [],
    analysisCpu: [],
    extract: [],
    whole: [],
    ratios: [],
    ratio: Number.NaN,
    failures: [],
  };
  for (const doc of docs) {
    const result = extracted.get(doc.name);
    if (!result) continue;
    const resume = parseResume(result);
    reviewResume(resume); // warm-up (JIT, regex compilation)
    const runs: number[] = [];
    const count = Math.max(ANALYSIS_RUNS, reps);
    const cpu = process.cpuUsage();
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      reviewResume(resume);
      runs.push(performance.now() - started);
    }
    const used = process.cpuUsage(cpu);
    out.analysis.push(median(runs));
    out.analysisCpu.push((used.user + used.system) / 1000 / count);

    const extractRuns: number[] = [];
    const wholeRuns: number[] = [];
    try {
      for (let i = 0; i < reps; i++) {
        let started = performance.now();
        await extractFile(doc.bytes, { fileName: doc.name });
        extractRuns.push(performance.now() - started);
        started = performance.now();
        await analyzeFile(doc.bytes, { fileName: doc.name });
        wholeRuns.push(performance.now() - started);
      }
    } catch (err) {
      out.failures.push(`${doc.name}: ${err instanceof Error ? err.message.slice(0, 80) : String(err)}`);
      continue;
    }
    const e = median(extractRuns);
    const w = median(wholeRuns);
    out.extract.push(e);
    out.whole.push(w);
    out.ratios.push(w / e);
  }
  out.ratio = median(out.whole) / median(out.extract);
  return out;
}

/** The hook bench/index.ts calls: rows for its table, plus the ratio line. */
export async function timeReviewStages(input: ReviewBenchInput): Promise<ReviewStageTiming[]> {
  const r = await benchReview(input);
  for (const f of r.failures) console.log(`  review bench: ${f}`);
  console.log(
    `whole review vs extraction alone: ${r.ratio.toFixed(2)}× (median of medians), per-document median ${median(r.ratios).toFixed(2)}×   target ≤ 1.25×`,
  );
  return [
    { stage: 'review: analysis alone (rules+scores+reply)  target ≤ 5 ms', times: r.analysis },
    { stage: 'review: analysis alone, CPU time', times: r.analysisCpu },
    { stage: 'extraction alone (interleaved)', times: r.extract },
    { stage: 'whole review (extract → parse → review)', times: r.whole },
  ];
}

async function standalone(): Promise<void> {
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const { docs, source } = await loadCorpus();
  console.log(`review bench: ${source}; ${reps} runs per document\n`);
  const extracted = new Map<string, ExtractResult>();
  for (const doc of docs) {
    try {
      extracted.set(doc.name, await extractFile(doc.bytes, { fileName: doc.name }));
    } catch {
      // unreadable documents are skipped: the extraction bench reports them
    }
  }
  const rows = await timeReviewStages({ docs, extracted, reps });
  console.log(
    table(
      ['stage, per document', 'median', 'p95', 'max'],
      rows.map((row) => ({
        label: row.stage,
        cells: [ms(median(row.times), 2), ms(percentile(row.times, 95), 2), ms(Math.max(...row.times), 2)],
      })),
    ),
  );
  await shutdownExtractors();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await standalone();
