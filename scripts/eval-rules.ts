/**
 * The rules' labeled evaluation: every resume under test/fixtures/resumes (a .txt plus a .expected.json) is
 * parsed, reviewed against its role, and compared with its labels. Prints, per rule, recall on expected
 * findings and false positives on traps (findings that must not appear). Targets: recall ≥ 0.85 and false
 * positives ≤ 5% of traps. Run: `npx tsx scripts/eval-rules.ts` (the dev split; `--test` prints the held-out split's totals only; exit code 1
 * when a target is missed).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseResumeText } from '../src/core/resume/index.js';
import { getRoleProfile } from '../src/core/roles/index.js';
import { ROLE_IDS } from '../src/core/roles/types.js';
import { reviewResume } from '../src/core/review/index.js';
import { RULES, runRules } from '../src/core/rules/index.js';
import type { Finding } from '../src/core/rules/types.js';
import type { Resume } from '../src/core/resume/types.js';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'resumes');
export const RECALL_TARGET = 0.85;
export const FALSE_POSITIVE_TARGET = 0.05;
/** "Present" in the fixtures means this date, so results do not drift with the calendar. */
export const EVAL_NOW = new Date(Date.UTC(2026, 10, 1));

const expectationSchema = z.object({
  rule: z.string(),
  /** A substring of the finding's evidence. */
  evidence: z.string().optional(),
  /** The finding's pillar (missing-pillar). */
  pillar: z.string().optional(),
  /** A substring of the finding's message (for findings without evidence). */
  message: z.string().optional(),
  why: z.string().optional(),
});

const trapSchema = z.object({
  rule: z.string(),
  /** Hit when a finding of this rule has evidence containing it (or, without evidence, a pillar/message containing it). */
  text: z.string(),
  why: z.string().optional(),
});

export const labelSchema = z.object({
  description: z.string(),
  role: z.enum(ROLE_IDS),
  /** Page count as a PDF would report it (text has none). */
  pages: z.number().int().positive().optional(),
  links: z.array(z.object({ text: z.string().nullable(), url: z.string(), page: z.number().nullable() })).optional(),
  expected: z.array(expectationSchema),
  traps: z.array(trapSchema),
  /** `test`: held out from tuning, scored and reported on its own. */
  split: z.enum(['dev', 'test']).default('dev'),
  /** The role detection should find (scored by the role-detection eval). */
  detect: z.enum(ROLE_IDS).optional(),
  /** Wording the review must not show for this resume (another field's vocabulary, false statements). */
  mustNotSay: z.array(z.string()).default([]),
});
export type Labels = z.infer<typeof labelSchema>;

export interface Fixture {
  name: string;
  text: string;
  labels: Labels;
}

export function loadFixtures(dir: string = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const labels = labelSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      return { name, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), labels };
    });
}

export function parseFixture(fixture: Fixture): Resume {
  const resume = parseResumeText(fixture.text, fixture.labels.links ?? []);
  if (fixture.labels.pages !== undefined) {
    resume.source.pages = fixture.labels.pages;
    resume.source.pagesAnalysed = fixture.labels.pages;
  }
  return resume;
}

export function findingsFor(fixture: Fixture, resume: Resume = parseFixture(fixture)): Finding[] {
  return runRules({ resume, role: getRoleProfile(fixture.labels.role), now: EVAL_NOW });
}

const ENTRY_RULES = new Set(['bullet-count', 'reverse-chronological', 'inconsistent-dates']);

/** Text a rule reads: bullets and the lines of sections without entries; entry headers for the entry rules. */
function readableText(resume: Resume, rule: string): string[] {
  return resume.sections.flatMap((s) =>
    s.entries.length > 0
      ? s.entries.flatMap((e) =>
          ENTRY_RULES.has(rule) ? [e.dateText ?? '', e.title ?? '', e.organization ?? ''] : e.bullets,
        )
      : [...s.lines, ...s.items],
  );
}

/** `part` occurs in `whole` and is not glued to letters or digits ("SQL" is not in "PostgreSQL"). */
export function containsWhole(whole: string, part: string): boolean {
  let from = 0;
  for (;;) {
    const at = whole.indexOf(part, from);
    if (at < 0) return false;
    const before = whole[at - 1] ?? ' ';
    const after = whole[at + part.length] ?? ' ';
    const glued = (edge: string, ch: string): boolean => /[\p{L}\p{N}]/u.test(edge) && /[\p{L}\p{N}]/u.test(ch);
    if (!glued(part[0] ?? ' ', before) && !glued(part[part.length - 1] ?? ' ', after)) return true;
    from = at + 1;
  }
}

function matchesExpectation(f: Finding, e: z.infer<typeof expectationSchema>): boolean {
  if (f.rule !== e.rule) return false;
  if (e.evidence !== undefined && !containsWhole(f.evidence ?? '', e.evidence)) return false;
  if (e.pillar !== undefined && f.pillar !== e.pillar) return false;
  if (e.message !== undefined && !f.message.includes(e.message)) return false;
  return true;
}

function hitsTrap(f: Finding, t: z.infer<typeof trapSchema>): boolean {
  if (f.rule !== t.rule) return false;
  if (f.evidence !== null) return containsWhole(f.evidence, t.text);
  return f.pillar === t.text || f.message.includes(t.text);
}

export interface RuleRow {
  rule: string;
  expected: number;
  found: number;
  recall: number | null;
  traps: number;
  trapHits: number;
  falsePositiveRate: number | null;
}

export interface Miss {
  fixture: string;
  rule: string;
  label: string;
  /** The expected evidence never reached the rules as a bullet or line (a parsing loss, not a rule miss). */
  parseLoss?: boolean;
}

export interface EvalResult {
  /** End to end: text → parser → rules. */
  rows: RuleRow[];
  total: RuleRow;
  /** The rules alone: expectations whose evidence the parser lost are left out. */
  ruleRows: RuleRow[];
  ruleTotal: RuleRow;
  misses: Miss[];
  falsePositives: Miss[];
  /** Evidence that is not verbatim text of its resume (must be empty). */
  notVerbatim: Miss[];
  /** Wording the review showed although the labels say it must not (another field's vocabulary). */
  wordingSlips: Miss[];
  fixtures: number;
  ok: boolean;
}

/** Every string of a value, depth first. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The review's own wording (not the user's quoted lines) that contains a word the labels forbid. */
function slipsOf(fx: Fixture, resume: Resume): Miss[] {
  if (fx.labels.mustNotSay.length === 0) return [];
  const review = reviewResume(resume, { role: fx.labels.role, now: EVAL_NOW });
  const own = stringsOf(review).filter((t) => !fx.text.includes(t));
  return fx.labels.mustNotSay.flatMap((word) => {
    const hit = own.find((t) => containsWhole(t.toLowerCase(), word.toLowerCase()));
    return hit === undefined ? [] : [{ fixture: fx.name, rule: hit.slice(0, 90), label: word }];
  });
}

export function evalRules(fixtures: Fixture[] = loadFixtures()): EvalResult {
  type Counts = { expected: number; found: number; traps: number; trapHits: number };
  const stats = new Map<string, Counts>();
  const ruleStats = new Map<string, Counts>();
  const statIn = (map: Map<string, Counts>, rule: string): Counts => {
    let s = map.get(rule);
    if (!s) {
      s = { expected: 0, found: 0, traps: 0, trapHits: 0 };
      map.set(rule, s);
    }
    return s;
  };
  const stat = (rule: string): Counts => statIn(stats, rule);
  const misses: Miss[] = [];
  const falsePositives: Miss[] = [];
  const notVerbatim: Miss[] = [];
  const wordingSlips: Miss[] = [];
  for (const fx of fixtures) {
    const resume = parseFixture(fx);
    wordingSlips.push(...slipsOf(fx, resume));
    const findings = findingsFor(fx, resume);
    for (const f of findings) {
      if (
        f.evidence !== null &&
        !fx.text.includes(f.evidence) &&
        !(fx.labels.links ?? []).some((l) => l.text === f.evidence)
      ) {
        notVerbatim.push({ fixture: fx.name, rule: f.rule, label: f.evidence });
      }
    }
    for (const e of fx.labels.expected) {
      const s = stat(e.rule);
      const found = findings.some((f) => matchesExpectation(f, e));
      const evidence = e.evidence;
      const parseLoss =
        !found && evidence !== undefined && !readableText(resume, e.rule).some((t) => containsWhole(t, evidence));
      s.expected += 1;
      if (found) s.found += 1;
      else misses.push({ fixture: fx.name, rule: e.rule, label: e.evidence ?? e.pillar ?? e.message ?? '', parseLoss });
      if (!parseLoss) {
        const r = statIn(ruleStats, e.rule);
        r.expected += 1;
        if (found) r.found += 1;
      }
    }
    for (const t of fx.labels.traps) {
      const s = stat(t.rule);
      const r = statIn(ruleStats, t.rule);
      s.traps += 1;
      r.traps += 1;
      const hit = findings.find((f) => hitsTrap(f, t));
      if (hit) {
        s.trapHits += 1;
        r.trapHits += 1;
        falsePositives.push({ fixture: fx.name, rule: t.rule, label: t.text });
      }
    }
  }
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const row = (rule: string, s: { expected: number; found: number; traps: number; trapHits: number }): RuleRow => ({
    rule,
    ...s,
    recall: s.expected > 0 ? s.found / s.expected : null,
    falsePositiveRate: s.traps > 0 ? s.trapHits / s.traps : null,
  });
  const table = (map: Map<string, Counts>): { rows: RuleRow[]; total: RuleRow } => {
    const rows = [...map.entries()]
      .sort((a, b) => (order.get(a[0]) ?? 99) - (order.get(b[0]) ?? 99))
      .map(([r, s]) => row(r, s));
    const sum = rows.reduce(
      (a, r) => ({
        expected: a.expected + r.expected,
        found: a.found + r.found,
        traps: a.traps + r.traps,
        trapHits: a.trapHits + r.trapHits,
      }),
      { expected: 0, found: 0, traps: 0, trapHits: 0 },
    );
    return { rows, total: row('all', sum) };
  };
  const { rows, total } = table(stats);
  const { rows: ruleRows, total: ruleTotal } = table(ruleStats);
  // The rules' own targets: per rule and overall, on what the parser delivered.
  const ok =
    (ruleTotal.recall ?? 0) >= RECALL_TARGET &&
    (ruleTotal.falsePositiveRate ?? 0) <= FALSE_POSITIVE_TARGET &&
    ruleRows.every((r) => r.recall === null || r.recall >= RECALL_TARGET) &&
    notVerbatim.length === 0 &&
    wordingSlips.length === 0;
  return {
    rows,
    total,
    ruleRows,
    ruleTotal,
    misses,
    falsePositives,
    notVerbatim,
    wordingSlips,
    fixtures: fixtures.length,
    ok,
  };
}

const pct = (n: number | null): string => (n === null ? '   –  ' : `${(n * 100).toFixed(1).padStart(5)}%`);

export function formatEval(result: EvalResult): string {
  const lines = [
    `Rules eval: ${result.fixtures} labeled resumes (targets: recall ≥ ${RECALL_TARGET * 100}%, false positives ≤ ${FALSE_POSITIVE_TARGET * 100}% of traps)`,
    '',
    `${'rule'.padEnd(24)} ${'recall'.padStart(7)} ${'found'.padStart(9)}   ${'FP'.padStart(6)} ${'traps hit'.padStart(10)}`,
  ];
  const ruleRecall = new Map(result.ruleRows.map((r) => [r.rule, r]));
  for (const r of [...result.rows, result.total]) {
    if (r.rule === 'all') lines.push('-'.repeat(62));
    const own = r.rule === 'all' ? result.ruleTotal : ruleRecall.get(r.rule);
    const note =
      own && own.expected !== r.expected ? `   (rules alone: ${pct(own.recall).trim()} of ${own.expected})` : '';
    lines.push(
      `${r.rule.padEnd(24)} ${pct(r.recall).padStart(7)} ${`${r.found}/${r.expected}`.padStart(9)}   ${pct(r.falsePositiveRate).padStart(6)} ${`${r.trapHits}/${r.traps}`.padStart(10)}${note}`,
    );
  }
  if (result.misses.length > 0) {
    lines.push('', 'Missed (expected, not found; "parse loss" = the bullet never reached the rules):');
    for (const m of result.misses)
      lines.push(`  ${m.fixture}  ${m.rule}  «${m.label}»${m.parseLoss ? '  [parse loss]' : ''}`);
  }
  if (result.falsePositives.length > 0) {
    lines.push('', 'False positives (traps hit):');
    for (const m of result.falsePositives) lines.push(`  ${m.fixture}  ${m.rule}  «${m.label}»`);
  }
  if (result.wordingSlips.length > 0) {
    lines.push('', 'Wording the labels forbid (mustNotSay) in the review:');
    for (const m of result.wordingSlips) lines.push(`  ${m.fixture}  «${m.label}» in: ${m.rule}`);
  }
  if (result.notVerbatim.length > 0) {
    lines.push('', 'Evidence not verbatim:');
    for (const m of result.notVerbatim) lines.push(`  ${m.fixture}  ${m.rule}  «${m.label}»`);
  }
  lines.push(
    '',
    `End to end (parser + rules): recall ${pct(result.total.recall).trim()}, false positives ${pct(result.total.falsePositiveRate).trim()} of traps.`,
  );
  lines.push(result.ok ? 'OK: the rules meet their targets' : 'FAIL: a rules target is missed');
  return lines.join('\n');
}

/** One line of totals for a split, without its misses (the held-out split is not for tuning). */
export function formatSplitTotal(split: 'dev' | 'test', result: EvalResult): string {
  const t = result.total;
  return `Rules, ${split} split (${result.fixtures} resumes): recall ${pct(t.recall).trim()} (${t.found}/${t.expected}), false positives ${pct(t.falsePositiveRate).trim()} (${t.trapHits}/${t.traps} traps)`;
}

/** The labeled resumes of one split (`test` is held out from tuning). */
export function fixturesOf(split: 'dev' | 'test', fixtures: Fixture[] = loadFixtures()): Fixture[] {
  return fixtures.filter((f) => f.labels.split === split);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const test = process.argv.includes('--test');
  const result = evalRules(test ? fixturesOf('test') : fixturesOf('dev'));
  console.log(test ? formatSplitTotal('test', result) : formatEval(result));
  process.exitCode = result.ok ? 0 : 1;
}
