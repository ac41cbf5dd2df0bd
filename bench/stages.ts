/**
 * Stage timings: extraction (worker pool, off the main thread) and parsing (main thread), per
 * document; throughput of extract + parse at a given concurrency; the main thread's longest
 * event-loop stall while parsing.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { extractFile } from '../src/core/extract/index.js';
import type { ExtractResult } from '../src/core/extract/types.js';
import { parseResume } from '../src/core/resume/index.js';
import type { BenchDoc } from './corpus.js';

export interface StageTimes {
  /** ms per run, per document. */
  extract: Map<string, number[]>;
  parse: Map<string, number[]>;
  /** Extraction results, kept for later stages (review timings). */
  extracted: Map<string, ExtractResult>;
  failures: Map<string, string>;
}

/** Parsing takes a few ms: more runs than extraction give it a stable median. */
const PARSE_RUNS = 15;

export async function timeStages(docs: readonly BenchDoc[], reps: number): Promise<StageTimes> {
  const out: StageTimes = { extract: new Map(), parse: new Map(), extracted: new Map(), failures: new Map() };
  for (const doc of docs) {
    const extractRuns: number[] = [];
    const parseRuns: number[] = [];
    for (let r = 0; r < reps; r++) {
      const started = performance.now();
      let result: ExtractResult;
      try {
        result = await extractFile(doc.bytes, { fileName: doc.name });
      } catch (err) {
        out.failures.set(doc.name, err instanceof Error ? err.message : String(err));
        break;
      }
      extractRuns.push(performance.now() - started);
      out.extracted.set(doc.name, result);
    }
    const result = out.extracted.get(doc.name);
    for (let r = 0; result !== undefined && r < Math.max(reps, PARSE_RUNS); r++) {
      const started = performance.now();
      parseResume(result);
      parseRuns.push(performance.now() - started);
    }
    if (extractRuns.length > 0) out.extract.set(doc.name, extractRuns);
    if (parseRuns.length > 0) out.parse.set(doc.name, parseRuns);
  }
  return out;
}

/** Documents per second for extract + parse with `concurrency` documents in flight. */
export async function throughput(docs: readonly BenchDoc[], concurrency: number, rounds = 2): Promise<number> {
  const queue = Array.from({ length: rounds }, () => docs).flat();
  let next = 0;
  let done = 0;
  const started = performance.now();
  const lane = async (): Promise<void> => {
    for (let i = next++; i < queue.length; i = next++) {
      const doc = queue[i];
      if (doc === undefined) continue;
      try {
        parseResume(await extractFile(doc.bytes, { fileName: doc.name }));
        done++;
      } catch {
        // counted as not done
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return done / ((performance.now() - started) / 1000);
}

/**
 * The longest event-loop delay while parsing every extracted document, yielding between documents
 * (as a server would between requests): the stall one parse can cause.
 */
export async function parseStall(extracted: readonly ExtractResult[], rounds = 3): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await yieldToLoop();
  for (let r = 0; r < rounds; r++) {
    for (const result of extracted) {
      parseResume(result);
      await yieldToLoop();
    }
  }
  histogram.disable();
  return histogram.max / 1e6;
}

/** The longest event-loop delay on the main thread while documents are extracted (off-thread) and parsed. */
export async function pipelineStall(docs: readonly BenchDoc[], concurrency = 2): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await throughput(docs, concurrency, 1);
  histogram.disable();
  return histogram.max / 1e6;
}
