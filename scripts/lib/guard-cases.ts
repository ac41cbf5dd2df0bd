/**
 * The crafted guard cases (test/fixtures/llm/guard-claims.json): claims about the person, sentence-start
 * names, Title Case headings. Loaded and scored here for `npm run eval:llm` and the guard-claims test.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildFacts, checkPhrasing, type Facts, type GuardCode } from '../../src/core/llm/guard.js';

const FILE = new URL('../../test/fixtures/llm/guard-claims.json', import.meta.url);

const caseSchema = z.object({
  id: z.string(),
  split: z.enum(['train', 'test']),
  resume: z.string(),
  item: z.string(),
  phrased: z.string(),
  expect: z.string(),
  why: z.string(),
});
const fileSchema = z.object({
  resumes: z.record(
    z.string(),
    z.object({
      lines: z.array(z.string()),
      items: z.record(z.string(), z.object({ kind: z.enum(['paragraph', 'rewrite']), text: z.string() })),
    }),
  ),
  cases: z.array(caseSchema),
});
export type GuardCase = z.infer<typeof caseSchema>;

export interface ScoredCase {
  case: GuardCase;
  codes: GuardCode[];
  /** Accepted when labelled ok, rejected when labelled with a code. */
  right: boolean;
  /** Rejected for the labelled code (bad cases). */
  rightCode: boolean;
}

export function scoreGuardCases(): ScoredCase[] {
  const file = fileSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
  const facts = new Map<string, Facts>();
  for (const [name, r] of Object.entries(file.resumes))
    facts.set(name, buildFacts([...r.lines, ...Object.values(r.items).map((i) => i.text)]));
  return file.cases.map((c) => {
    const item = file.resumes[c.resume]!.items[c.item]!;
    const codes = checkPhrasing(item.text, c.phrased, facts.get(c.resume)!, { bullet: item.kind === 'rewrite' });
    const right = c.expect === 'ok' ? codes.length === 0 : codes.length > 0;
    return { case: c, codes, right, rightCode: c.expect !== 'ok' && codes.includes(c.expect as GuardCode) };
  });
}
