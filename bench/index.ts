/**
 * `npm run bench`: extraction and parsing over the corpus (or generated PDFs when it is absent).
 * Prints per-stage median and p95 per document, throughput at concurrency 1/2/8, peak RSS, the main
 * thread's longest event-loop stall while parsing, pdftotext side by side when installed, and OCR per page
 * (pictures and scans: time, the OCR worker's peak RSS, text checks while OCR runs).
 * Figures, not pass/fail: targets are shown next to them.
 */
import os from 'node:os';
import { shutdownExtractors } from '../src/core/extract/index.js';
import { loadCorpus } from './corpus.js';
import { benchOcr } from './ocr.js';
import { sampleMemory } from './memory.js';
import { hasPdftotext, timePdftotext } from './pdftotext.js';
import { timeCardStages } from './card.js';
import { timeReviewStages } from './review.js';
import { median, ms, percentile, table, type Row } from './stats.js';
import { parseStall, pipelineStall, throughput, timeStages } from './stages.js';

const REPS = Number(process.env.BENCH_REPS ?? 3);

/** Per-document medians (each document's median over its runs), so one slow file counts once. */
function perDoc(times: ReadonlyMap<string, number[]>): number[] {
  return [...times.values()].map((runs) => median(runs));
}

function stageRow(label: string, values: readonly number[], target = ''): Row {
  return { label, cells: [ms(median(values)), ms(percentile(values, 95)), ms(Math.max(...values)), target] };
}

async function main(): Promise<void> {
  const { docs, source } = await loadCorpus();
  console.log(`bench: ${source}; ${REPS} runs per document (BENCH_REPS to change)`);
  // Timings on a shared machine stretch with its load: say what it was.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`machine: ${os.cpus().length} CPUs, load average ${load} at start\n`);
  const memory = sampleMemory();

  // Warm-up: start the worker pool and JIT the parser.
  await timeStages(docs.slice(0, 2), 1);
  const stages = await timeStages(docs, REPS);
  for (const [name, message] of stages.failures) console.log(`  ${name}: extraction failed (${message.slice(0, 80)})`);

  const extract = perDoc(stages.extract);
  const parse = perDoc(stages.parse);
  const both = [...stages.extract.keys()].map(
    (name) => median(stages.extract.get(name) ?? []) + median(stages.parse.get(name) ?? []),
  );
  const rows: Row[] = [
    stageRow('extract (worker pool)', extract),
    stageRow('parse (main thread)', parse),
    stageRow('extract + parse', both, '≤ 30 ms median'),
  ];
  const review = await timeReviewStages({ docs, extracted: stages.extracted, reps: REPS });
  for (const stage of review) rows.push(stageRow(stage.stage, stage.times));
  for (const stage of await timeCardStages([...stages.extracted.values()]))
    rows.push(stageRow(stage.stage, stage.times));

  let ratioLine = 'pdftotext: not installed (apt package poppler-utils) — comparison skipped';
  if (await hasPdftotext()) {
    const reference = perDoc(await timePdftotext(docs, REPS));
    rows.push(stageRow('pdftotext -layout (process)', reference));
    const ratio = median(both) / median(reference);
    ratioLine = `extract + parse vs pdftotext (median): ${ratio.toFixed(2)}×   target ≤ 2.5×`;
  }
  console.log(table(['stage, per document', 'median', 'p95', 'max', 'target'], rows));
  console.log(`\n${ratioLine}`);

  const rates: Row[] = [];
  for (const concurrency of [1, 2, 8]) {
    rates.push({
      label: `concurrency ${concurrency}`,
      cells: [`${(await throughput(docs, concurrency)).toFixed(1)} docs/s`],
    });
  }
  console.log(`\n${table(['extract + parse throughput', 'rate'], rates)}`);

  const extractedDocs = [...stages.extracted.values()];
  const stall = await parseStall(extractedDocs);
  const pipeline = await pipelineStall(docs);
  const peak = memory.stop();
  console.log(
    `\nload average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`\nlongest event-loop stall while parsing: ${ms(stall)}   target ≤ 20 ms`);
  console.log(`longest event-loop stall during extract + parse (concurrency 2): ${ms(pipeline)}`);
  const total = peak.peakTotalMb === null ? '' : `; with extraction workers: ${peak.peakTotalMb.toFixed(0)} MB`;
  console.log(`peak RSS: main process ${peak.peakMainMb.toFixed(0)} MB${total}`);

  // OCR last: its worker's memory would otherwise count in the peak above.
  const ocr = await benchOcr(docs);
  console.log(`\n${table(['OCR, per page (worker time)', 'median', 'p95', 'max', 'target'], ocr.rows)}`);
  for (const line of ocr.lines) console.log(line);
  await shutdownExtractors();
}

await main();
