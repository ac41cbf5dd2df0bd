/**
 * Rewrite acceptance on the labeled (bullet → acceptable rewrite shape) pairs in test/fixtures/rewrites/pairs.json:
 * would a reviewer accept what the rewriter wrote? A rewrite is accepted when every check below passes.
 * The rewriter sees only the line and the role (never the label's kind or tense): telling a title from a bullet
 * and keeping the tense are its job. Prints dev and test separately (tune on dev only).
 * Run: `npm run eval:rewrites` (add `--dev` to list only dev failures, `--all` to print every rewrite).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { rewriteBullet } from '../src/core/review/rewrite.js';
import { getRoleProfile } from '../src/core/roles/registry.js';
import { ROLE_IDS } from '../src/core/roles/types.js';
import { leadVerb } from '../src/core/text/verbs/nlp.js';
import { escapeRegExp } from '../src/core/text/words.js';

const PAIRS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'rewrites', 'pairs.json');
export const ACCEPTANCE_TARGET = 0.9;

const pairSchema = z.object({
  id: z.string(),
  split: z.enum(['dev', 'test']),
  role: z.enum(ROLE_IDS),
  bullet: z.string(),
  kind: z.enum(['bullet', 'title', 'subheading', 'description']).default('bullet'),
  expect: z.enum(['rewrite', 'none', 'either']),
  keep: z.array(z.string()),
  tense: z.enum(['past', 'present']).optional(),
  placeholder: z.boolean().optional(),
  mustNot: z.array(z.string()),
  note: z.string().optional(),
});
export type RewritePair = z.infer<typeof pairSchema>;

export function loadPairs(): RewritePair[] {
  return z.array(pairSchema).parse(JSON.parse(readFileSync(PAIRS_FILE, 'utf8')));
}

/**
 * A mustNot entry matches case-sensitively, on word boundaries where it starts or ends with a letter or digit:
 * "ms" forbids "[X] ms", not "teams"; "I " forbids the pronoun, not "IT".
 */
export function containsForbidden(text: string, forbidden: string): boolean {
  const start = /^[\p{L}\p{N}]/u.test(forbidden) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(forbidden) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${escapeRegExp(forbidden)}${end}`, 'u').test(text);
}

/** Web-service wording that never belongs in a rewrite for a field without software topics (ms is fine for firmware). */
const SOFTWARE_WORDING = ['QPS', 'p99'];

/** Why a produced rewrite would be rejected (empty: accepted). */
export function rewriteProblems(pair: RewritePair, after: string): string[] {
  const problems: string[] = [];
  const lower = after.toLowerCase();
  for (const k of pair.keep) if (!lower.includes(k.toLowerCase())) problems.push(`lost "${k}"`);
  for (const m of pair.mustNot) if (containsForbidden(after, m)) problems.push(`contains "${m}"`);
  if (!getRoleProfile(pair.role).softwareTopics)
    for (const m of SOFTWARE_WORDING)
      if (!pair.mustNot.includes(m) && containsForbidden(after, m)) problems.push(`software wording "${m}"`);
  const hasPlaceholder = /\[[^\]]+\]/.test(after);
  if (pair.placeholder === true && !hasPlaceholder) problems.push('no [placeholder] where a number belongs');
  if (pair.placeholder === false && hasPlaceholder) problems.push('a [placeholder] although the line has a number');
  if (pair.kind !== 'bullet' && /\[result\]|measured as|Result:/.test(after))
    problems.push('a bullet suffix on a line that is not a bullet');
  const lead = leadVerb(after);
  if (pair.kind === 'bullet') {
    if (!lead) problems.push('does not open with a verb');
    else if (pair.tense && lead.tense !== pair.tense) problems.push(`opens in the ${lead.tense}, wanted ${pair.tense}`);
  }
  // Generic grammar: a doubled word, first person left behind, stacked punctuation.
  const doubled = /\b([\p{L}]+)\s+\1\b/iu.exec(after);
  if (doubled) problems.push(`doubled word "${doubled[1]}"`);
  if (/(?<![\p{L}])(?:I|me|my)(?![\p{L}])/u.test(after)) problems.push('first person left in');
  if (/[:;,]\s*[:;,.]|\.\s*:/.test(after)) problems.push('stacked punctuation');
  return problems;
}

export interface PairResult {
  pair: RewritePair;
  after: string | null;
  accepted: boolean;
  problems: string[];
}

export function scorePair(pair: RewritePair): PairResult {
  const r = rewriteBullet(pair.bullet, getRoleProfile(pair.role));
  const after = r?.after ?? null;
  let problems: string[];
  if (after === null) problems = pair.expect === 'rewrite' ? ['no rewrite produced'] : [];
  else if (pair.expect === 'none') problems = ['rewrote a line that needs none'];
  else problems = rewriteProblems(pair, after);
  return { pair, after, accepted: problems.length === 0, problems };
}

export interface SplitResult {
  total: number;
  accepted: number;
  results: PairResult[];
}

export function evalRewrites(pairs: RewritePair[] = loadPairs()): Record<'dev' | 'test', SplitResult> {
  const out: Record<'dev' | 'test', SplitResult> = {
    dev: { total: 0, accepted: 0, results: [] },
    test: { total: 0, accepted: 0, results: [] },
  };
  for (const p of pairs) {
    const r = scorePair(p);
    const s = out[p.split];
    s.total += 1;
    if (r.accepted) s.accepted += 1;
    s.results.push(r);
  }
  return out;
}

const pct = (s: SplitResult): string => `${((100 * s.accepted) / Math.max(1, s.total)).toFixed(1)}%`;

export function formatRewrites(
  result: Record<'dev' | 'test', SplitResult>,
  { splits = ['dev', 'test'], all = false }: { splits?: readonly ('dev' | 'test')[]; all?: boolean } = {},
): string {
  const lines = ['Rewrite acceptance (labeled pairs; a rewrite is accepted when every check passes)'];
  for (const split of ['dev', 'test'] as const)
    lines.push(`  ${split}: ${result[split].accepted}/${result[split].total} accepted (${pct(result[split])})`);
  for (const split of splits) {
    for (const r of result[split].results) {
      if (r.accepted && !all) continue;
      lines.push(`  ${r.accepted ? 'ok  ' : 'FAIL'} ${r.pair.id} [${split}, ${r.pair.role}] ${r.pair.bullet}`);
      lines.push(`       → ${r.after ?? '(none)'}`);
      if (r.problems.length) lines.push(`       ${r.problems.join('; ')}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = evalRewrites();
  const splits: ('dev' | 'test')[] = process.argv.includes('--dev') ? ['dev'] : ['dev', 'test'];
  console.log(formatRewrites(result, { splits, all: process.argv.includes('--all') }));
  process.exitCode = result.dev.accepted / Math.max(1, result.dev.total) >= ACCEPTANCE_TARGET ? 0 : 1;
}
