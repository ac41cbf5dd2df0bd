/**
 * Role detection on labeled resumes: test/fixtures/roles/detect*.json (small resumes, one family each) and
 * the labeled resumes that name a `detect` role. Prints accuracy per family for the dev and test splits
 * (the test split is held out from tuning). Run: `npx tsx scripts/eval-roles.ts`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseResumeText } from '../src/core/resume/index.js';
import { detectRole } from '../src/core/roles/index.js';
import { ROLE_IDS, type RoleId } from '../src/core/roles/types.js';
import { loadFixtures } from './eval-rules.js';

const ROLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'roles');
/** detect.json (the first set) and detect-entries.json (issue 12's entries work: fields without a software title). */
const DETECT_FILES = ['detect.json', 'detect-entries.json'];
export const DETECTION_TARGET = 0.9;

const caseSchema = z.object({
  id: z.string(),
  split: z.enum(['dev', 'test']),
  expect: z.enum(ROLE_IDS),
  text: z.string(),
  note: z.string().optional(),
});

export interface DetectionCase {
  id: string;
  split: 'dev' | 'test';
  expect: RoleId;
  text: string;
}

export function loadDetectionCases(): DetectionCase[] {
  const own = DETECT_FILES.flatMap((f) =>
    z.array(caseSchema).parse(JSON.parse(readFileSync(join(ROLES_DIR, f), 'utf8'))),
  );
  const fromFixtures = loadFixtures()
    .filter((f) => f.labels.detect !== undefined)
    .map((f) => ({ id: f.name, split: f.labels.split, expect: f.labels.detect as RoleId, text: f.text }));
  return [...own, ...fromFixtures];
}

export interface DetectionRow {
  family: RoleId;
  total: number;
  correct: number;
}

export interface DetectionSplit {
  rows: DetectionRow[];
  total: number;
  correct: number;
  misses: { id: string; expect: RoleId; got: RoleId; confidence: number; runnerUp: RoleId | null }[];
}

export function evalDetection(cases: DetectionCase[] = loadDetectionCases()): Record<'dev' | 'test', DetectionSplit> {
  const out: Record<'dev' | 'test', DetectionSplit> = {
    dev: { rows: [], total: 0, correct: 0, misses: [] },
    test: { rows: [], total: 0, correct: 0, misses: [] },
  };
  for (const c of cases) {
    const split = out[c.split];
    const d = detectRole(parseResumeText(c.text));
    let row = split.rows.find((r) => r.family === c.expect);
    if (!row) {
      row = { family: c.expect, total: 0, correct: 0 };
      split.rows.push(row);
    }
    row.total += 1;
    split.total += 1;
    if (d.id === c.expect) {
      row.correct += 1;
      split.correct += 1;
    } else
      split.misses.push({
        id: c.id,
        expect: c.expect,
        got: d.id,
        confidence: d.confidence,
        runnerUp: d.runnerUp?.id ?? null,
      });
  }
  for (const s of Object.values(out)) s.rows.sort((a, b) => ROLE_IDS.indexOf(a.family) - ROLE_IDS.indexOf(b.family));
  return out;
}

/** `splits`: which splits to show misses for (tuning looks at dev only; the final report shows both). */
export function formatDetection(
  result: Record<'dev' | 'test', DetectionSplit>,
  splits: readonly ('dev' | 'test')[] = ['dev', 'test'],
): string {
  const lines = ['Role detection — accuracy per family (dev | test)'];
  const families = ROLE_IDS.filter(
    (id) => result.dev.rows.some((r) => r.family === id) || result.test.rows.some((r) => r.family === id),
  );
  const cell = (r: DetectionRow | undefined): string => (r ? `${r.correct}/${r.total}` : '–').padStart(5);
  for (const id of families) {
    lines.push(
      `  ${id.padEnd(12)} ${cell(result.dev.rows.find((r) => r.family === id))}  | ${cell(result.test.rows.find((r) => r.family === id))}`,
    );
  }
  for (const split of splits) {
    const s = result[split];
    lines.push(`  ${split}: ${s.correct}/${s.total} (${((100 * s.correct) / Math.max(1, s.total)).toFixed(1)}%)`);
    for (const m of s.misses)
      lines.push(
        `    miss ${m.id}: expected ${m.expect}, got ${m.got} (${m.confidence}; runner-up ${m.runnerUp ?? '–'})`,
      );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = evalDetection();
  console.log(formatDetection(result, process.argv.includes('--dev') ? ['dev'] : ['dev', 'test']));
  process.exitCode = result.dev.correct / Math.max(1, result.dev.total) >= DETECTION_TARGET ? 0 : 1;
}
