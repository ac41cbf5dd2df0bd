/**
 * Intent recognition measured on the labeled question set (test/fixtures/questions.json): accuracy and
 * a per-intent breakdown. Run through `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { classifyIntent } from '../src/core/conversation/answers/intents.js';

const questionsSchema = z.array(z.object({ q: z.string(), intent: z.string() }));
export const QUESTIONS_PATH = fileURLToPath(new URL('../test/fixtures/questions.json', import.meta.url));
export const INTENT_ACCURACY_TARGET = 0.9;

export interface IntentEval {
  total: number;
  correct: number;
  accuracy: number;
  perIntent: { intent: string; total: number; correct: number }[];
  misses: { q: string; expected: string; got: string }[];
}

export function evalIntents(path: string = QUESTIONS_PATH): IntentEval {
  const rows = questionsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const per = new Map<string, { total: number; correct: number }>();
  const misses: IntentEval['misses'] = [];
  let correct = 0;
  for (const row of rows) {
    const got = classifyIntent(row.q).intent;
    const bucket = per.get(row.intent) ?? { total: 0, correct: 0 };
    bucket.total++;
    if (got === row.intent) {
      bucket.correct++;
      correct++;
    } else {
      misses.push({ q: row.q, expected: row.intent, got });
    }
    per.set(row.intent, bucket);
  }
  return {
    total: rows.length,
    correct,
    accuracy: rows.length === 0 ? 0 : correct / rows.length,
    perIntent: [...per.entries()].map(([intent, v]) => ({ intent, ...v })),
    misses,
  };
}

export function printIntentEval(result: IntentEval): void {
  console.log(`\nIntent recognition — ${result.total} labeled questions`);
  for (const row of result.perIntent) {
    console.log(
      `  ${row.intent.padEnd(12)} ${String(row.correct).padStart(3)}/${String(row.total).padEnd(3)} ${((row.correct / row.total) * 100).toFixed(0)}%`,
    );
  }
  for (const m of result.misses) console.log(`  miss: "${m.q}" expected ${m.expected}, got ${m.got}`);
  console.log(`  accuracy ${(result.accuracy * 100).toFixed(1)}% (target ≥ ${INTENT_ACCURACY_TARGET * 100}%)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = evalIntents();
  printIntentEval(result);
  process.exitCode = result.accuracy >= INTENT_ACCURACY_TARGET ? 0 : 1;
}
