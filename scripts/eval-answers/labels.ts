/**
 * The follow-up answer-quality set (test/fixtures/followups): labels, cue macros and the deterministic
 * train/test split. See test/fixtures/followups/README.md for what each field means.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const FIXTURES_DIR = fileURLToPath(new URL('../../test/fixtures/followups', import.meta.url));
const RULE_RESUMES_DIR = fileURLToPath(new URL('../../test/fixtures/resumes', import.meta.url));

/**
 * `tuned`: the set the engine was built on (followups/pairs on followups/resumes). `heldout`: questions on
 * the rule fixtures' resumes, written later, which nobody tuned on (followups/heldout on test/fixtures/resumes).
 */
export type PairSet = 'tuned' | 'heldout' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh4';
/** `fresh`: a third set, written after the held-out one (followups/fresh), on new resumes (followups/fresh-resumes) and rule fixtures. */
const SETS: Record<PairSet, { pairs: string; resumes: readonly string[]; idPrefix: string }> = {
  tuned: { pairs: join(FIXTURES_DIR, 'pairs'), resumes: [join(FIXTURES_DIR, 'resumes')], idPrefix: '' },
  heldout: { pairs: join(FIXTURES_DIR, 'heldout'), resumes: [RULE_RESUMES_DIR], idPrefix: 'h-' },
  fresh: {
    pairs: join(FIXTURES_DIR, 'fresh'),
    resumes: [join(FIXTURES_DIR, 'fresh-resumes'), RULE_RESUMES_DIR],
    idPrefix: 'f-',
  },
  // A fourth set, written 2026-12-06 on ten new resumes (followups/fresh2-resumes), committed before its first run.
  fresh2: {
    pairs: join(FIXTURES_DIR, 'fresh2'),
    resumes: [join(FIXTURES_DIR, 'fresh2-resumes')],
    idPrefix: 'g-',
  },
  // A fifth set, written 2026-12-07 on eight new resumes (followups/fresh3-resumes), committed before its first run.
  fresh3: {
    pairs: join(FIXTURES_DIR, 'fresh3'),
    resumes: [join(FIXTURES_DIR, 'fresh3-resumes')],
    idPrefix: 'k-',
  },
  // A sixth set, written 2026-12-07 on nine new resumes (followups/fresh4-resumes), committed before its first run.
  fresh4: {
    pairs: join(FIXTURES_DIR, 'fresh4'),
    resumes: [join(FIXTURES_DIR, 'fresh4-resumes')],
    idPrefix: 'm-',
  },
};

const pairSchema = z.object({
  q: z.string().min(1),
  before: z.array(z.string()).optional(),
  reply: z.string().optional(),
  about: z
    .object({ section: z.string().optional(), entry: z.string().optional(), bullet: z.string().optional() })
    .optional(),
  cues: z.array(z.string()).optional(),
  ground: z.array(z.string()).optional(),
  fresh: z.boolean().optional(),
  out: z.boolean().optional(),
  /** Every cue must match (a multi-part question), not just one. */
  all: z.boolean().optional(),
});
export type PairLabel = z.infer<typeof pairSchema>;

export interface Pair extends PairLabel {
  id: string;
  resume: string;
  split: 'train' | 'test';
}

/** What each `@macro` in a cue list stands for (regex alternatives, case-insensitive). */
export const CUE_MACROS: Record<string, string> = {
  rewrite: String.raw`\[|rewrit|reword|try:|instead|stronger|→|after:`,
  judge: 'good|strong|weak|works|fine|solid|keep|problem|issue|flag|missing|lacks|vague|clear',
  explain: 'flag|because|why|means|rule|reads as|counts as',
  quantify: String.raw`number|\[|measur|result|metric|figure|how many|how much`,
  gap: 'gap|break|between',
  lead: String.raw`lead|led\b|leadership|mentor|own|precept|initiat|train`,
  team: 'team|collaborat|together|cross-functional|partner',
  order: 'order|first|before|after|above|below|move|top',
  cert: 'certif|licen|exam',
  interests: 'interest|hobb',
  keep: 'keep|drop|cut|remove|earns its place',
  heading: 'heading|rename|name it|call it|standard name',
  role: 'review(ed)? (you )?as|role|judged|profile|/role',
  score: 'score|points|/100',
  match: 'match|%|missing|covered',
  change: 'career|change|transfer|switch|pivot|moving',
};

export function cueRegex(cue: string): RegExp {
  const expanded = cue.replace(/@([a-z]+)/g, (_, name: string) => {
    const macro = CUE_MACROS[name];
    if (macro === undefined) throw new Error(`unknown cue macro @${name}`);
    return macro;
  });
  return new RegExp(expanded, 'i');
}

/** FNV-1a, 32 bit. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function splitOf(id: string): 'train' | 'test' {
  return fnv1a(id) % 3 === 0 ? 'test' : 'train';
}

export function loadPairs(set: PairSet = 'tuned'): Pair[] {
  const { pairs: pairsDir, idPrefix } = SETS[set];
  const out: Pair[] = [];
  for (const file of readdirSync(pairsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const resume = basename(file, '.json');
    const rows = z.array(pairSchema).parse(JSON.parse(readFileSync(join(pairsDir, file), 'utf8')));
    rows.forEach((row, i) => {
      for (const cue of row.cues ?? []) cueRegex(cue);
      const id = `${idPrefix}${resume}-${i + 1}`;
      out.push({ ...row, id, resume, split: splitOf(id) });
    });
  }
  return out;
}

export function resumeText(resume: string, set: PairSet = 'tuned'): string {
  const dirs = SETS[set].resumes;
  const dir = dirs.find((d) => existsSync(join(d, `${resume}.txt`))) ?? dirs[0]!;
  return readFileSync(join(dir, `${resume}.txt`), 'utf8');
}
