/**
 * The score card's cost, per document of the bench corpus: `renderCard` (what the adapters call: drawing on
 * the main thread, PNG encoding on the canvas library's thread pool), `renderCardSync` (CLI), the
 * before/after card, the longest event-loop stall while cards render, the PNG size and the RSS it adds.
 * Target: ≤ 50 ms median; render off the loop if it blocks it > 20 ms.
 *
 * bench/index.ts calls `timeCardStages` and prints its rows; `tsx bench/card.ts` runs this part alone.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { deltaCardOf, renderCard, renderCardSync, scoreCardOf, type Card } from '../src/core/card/index.js';
import { extractFile, shutdownExtractors } from '../src/core/extract/index.js';
import type { ExtractResult } from '../src/core/extract/types.js';
import { parseResume } from '../src/core/resume/index.js';
import { compareReports, reviewResume } from '../src/core/review/index.js';
import { loadCorpus } from './corpus.js';
import { median, ms, percentile, table } from './stats.js';

const RUNS = Number(process.env.BENCH_CARD_RUNS ?? 10);
const mb = (bytes: number): number => bytes / 1024 / 1024;

export interface CardBenchResult {
  /** Per document: median ms of renderCard / renderCardSync on its score card; per pair: the delta card. */
  render: number[];
  renderSync: number[];
  delta: number[];
  /** Longest event-loop delay (ms) while renderCard ran for every document. */
  stallMs: number;
  pngKb: number[];
  rssBeforeMb: number;
  rssPeakMb: number;
}

async function timeRuns(card: Card, render: (card: Card) => Promise<unknown> | unknown): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await render(card);
    runs.push(performance.now() - started);
  }
  return median(runs);
}

export async function benchCard(extracted: readonly ExtractResult[]): Promise<CardBenchResult> {
  const reports = extracted.map((result) => reviewResume(parseResume(result)).report);
  const cards = reports.map(scoreCardOf);
  const deltas = reports.slice(1).map((next, i) => deltaCardOf(compareReports(reports[i] ?? next, next), next));
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  // Warm-up: font registration, canvas and encoder start.
  if (cards[0]) await renderCard(cards[0]);

  const out: CardBenchResult = {
    render: [],
    renderSync: [],
    delta: [],
    stallMs: 0,
    pngKb: [],
    rssBeforeMb: 0,
    rssPeakMb: 0,
  };
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  for (const card of cards) {
    out.render.push(await timeRuns(card, renderCard));
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  histogram.disable();
  out.stallMs = histogram.max / 1e6;
  for (const card of cards) {
    out.renderSync.push(await timeRuns(card, renderCardSync));
    out.pngKb.push(renderCardSync(card).byteLength / 1024);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  for (const card of deltas) out.delta.push(await timeRuns(card, renderCard));
  out.rssBeforeMb = mb(rssBefore);
  out.rssPeakMb = mb(Math.max(rssPeak, process.memoryUsage().rss));
  return out;
}

/** The hook bench/index.ts calls: rows for its stage table, plus one line on stalls and memory. */
export async function timeCardStages(
  extracted: readonly ExtractResult[],
): Promise<{ stage: string; times: number[] }[]> {
  const r = await benchCard(extracted);
  console.log(
    `card: longest event-loop stall while rendering ${ms(r.stallMs)} (target ≤ 20 ms); PNG median ${median(r.pngKb).toFixed(0)} KB; ` +
      `RSS ${r.rssBeforeMb.toFixed(0)} MB before the cards, peak ${r.rssPeakMb.toFixed(0)} MB (+${(r.rssPeakMb - r.rssBeforeMb).toFixed(0)} MB)`,
  );
  return [
    { stage: 'card: renderCard (encode off-loop)  target ≤ 50 ms', times: r.render },
    { stage: 'card: renderCardSync (CLI)', times: r.renderSync },
    { stage: 'card: before/after card', times: r.delta },
  ];
}

async function standalone(): Promise<void> {
  const { docs, source } = await loadCorpus();
  console.log(`card bench: ${source}; ${RUNS} renders per document (BENCH_CARD_RUNS to change)\n`);
  const extracted: ExtractResult[] = [];
  for (const doc of docs) {
    try {
      extracted.push(await extractFile(doc.bytes, { fileName: doc.name }));
    } catch {
      // unreadable documents are skipped: the extraction bench reports them
    }
  }
  await shutdownExtractors();
  const rows = await timeCardStages(extracted);
  console.log(
    table(
      ['stage, per document', 'median', 'p95', 'max'],
      rows.map((row) => ({
        label: row.stage,
        cells: [ms(median(row.times), 2), ms(percentile(row.times, 95), 2), ms(Math.max(...row.times), 2)],
      })),
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await standalone();
