/**
 * Entry headers and list items on labeled section bodies (test/fixtures/entries): does the parser split an
 * entry's header into title, organisation, location and dates, keep its description out of the header, and
 * split a list section into the items a reader sees? Prints dev and test separately (tune on dev only).
 * Run: `npx tsx scripts/eval-entries.ts` (`--dev` lists only dev misses). `--set fresh4` scores the entry
 * labels of the fourth fresh section set instead (test/fixtures/fresh4-sections/entries.json: headers only,
 * each case in the split of its file; `--dev-only` runs the dev cases alone).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseEntries } from '../src/core/resume/entries.js';
import { parseItems } from '../src/core/resume/items.js';
import { toLines } from '../src/core/resume/lines.js';
import { SECTION_KINDS } from '../src/core/resume/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const DIR = join(FIXTURES, 'entries');

/** Where a set's labels are: header cases, and item cases when the set has them. */
interface EntrySources {
  headers: string;
  items: string | null;
}
const DEFAULT_SOURCES: EntrySources = { headers: join(DIR, 'headers.json'), items: join(DIR, 'items.json') };
const FRESH4_ENTRIES: EntrySources = {
  headers: join(FIXTURES, 'fresh4-sections', 'entries.json'),
  items: null,
};
export const ENTRY_TARGET = 0.9;

const split = z.enum(['dev', 'test']);
const entrySchema = z.object({
  title: z.string().nullable(),
  organization: z.string().nullable(),
  location: z.string().nullable(),
  dates: z.string().nullable(),
  body: z.array(z.string()),
});
const headerCase = z.object({
  id: z.string(),
  split,
  kind: z.enum(SECTION_KINDS),
  text: z.string(),
  expect: z.array(entrySchema),
});
const itemCase = z.object({
  id: z.string(),
  split,
  kind: z.enum(SECTION_KINDS),
  text: z.string(),
  expect: z.array(z.string()),
});
type HeaderCase = z.infer<typeof headerCase>;
type ItemCase = z.infer<typeof itemCase>;

const load = <T>(file: string, schema: z.ZodType<T>): T[] =>
  z.array(schema).parse(JSON.parse(readFileSync(file, 'utf8')));

/** Letters and digits only, lower case: punctuation and spacing do not count. */
const norm = (s: string | null): string =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

type Field = 'title' | 'organization' | 'location' | 'dates' | 'body';
const FIELDS: readonly Field[] = ['title', 'organization', 'location', 'dates', 'body'];

interface CaseResult {
  id: string;
  ok: boolean;
  problems: string[];
}

function scoreHeaders(c: HeaderCase, fieldHits: Record<Field, [number, number]>): CaseResult {
  const entries = parseEntries(toLines(c.text), c.kind);
  const problems: string[] = [];
  if (entries.length !== c.expect.length) problems.push(`${entries.length} entries, wanted ${c.expect.length}`);
  c.expect.forEach((want, i) => {
    const got = entries[i];
    const gotFields: Record<Exclude<Field, 'body'>, string | null> = {
      title: got?.title ?? null,
      organization: got?.organization ?? null,
      location: got?.location ?? null,
      dates: got?.dateText ?? null,
    };
    for (const f of FIELDS) {
      const hit = fieldHits[f];
      if (f === 'body') {
        const body = [...(got?.bullets ?? []), ...(got?.lines ?? [])].map(norm);
        for (const b of want.body) {
          hit[1] += 1;
          if (body.some((l) => l.includes(norm(b)))) hit[0] += 1;
          else problems.push(`#${i + 1} body lost "${b}"`);
        }
        continue;
      }
      hit[1] += 1;
      if (norm(gotFields[f]) === norm(want[f])) hit[0] += 1;
      else problems.push(`#${i + 1} ${f}: got ${JSON.stringify(gotFields[f])}, wanted ${JSON.stringify(want[f])}`);
    }
  });
  return { id: c.id, ok: problems.length === 0, problems };
}

function scoreItems(c: ItemCase): CaseResult {
  const got = parseItems(toLines(c.text)).map(norm);
  const want = c.expect.map(norm);
  const ok = got.length === want.length && got.every((g, i) => g === want[i]);
  return { id: c.id, ok, problems: ok ? [] : [`got ${JSON.stringify(parseItems(toLines(c.text)))}`] };
}

interface SplitResult {
  headers: { cases: number; ok: number; fields: Record<Field, [number, number]>; misses: CaseResult[] };
  items: { cases: number; ok: number; misses: CaseResult[] };
}

const emptySplit = (): SplitResult => ({
  headers: {
    cases: 0,
    ok: 0,
    fields: { title: [0, 0], organization: [0, 0], location: [0, 0], dates: [0, 0], body: [0, 0] },
    misses: [],
  },
  items: { cases: 0, ok: 0, misses: [] },
});

export function evalEntries(
  sources: EntrySources = DEFAULT_SOURCES,
  splits: readonly ('dev' | 'test')[] = ['dev', 'test'],
): Record<'dev' | 'test', SplitResult> {
  const out = { dev: emptySplit(), test: emptySplit() };
  for (const c of load(sources.headers, headerCase)) {
    if (!splits.includes(c.split)) continue;
    const s = out[c.split].headers;
    const r = scoreHeaders(c, s.fields);
    s.cases += 1;
    if (r.ok) s.ok += 1;
    else s.misses.push(r);
  }
  for (const c of sources.items === null ? [] : load(sources.items, itemCase)) {
    if (!splits.includes(c.split)) continue;
    const s = out[c.split].items;
    const r = scoreItems(c);
    s.cases += 1;
    if (r.ok) s.ok += 1;
    else s.misses.push(r);
  }
  return out;
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

export function formatEntries(
  result: Record<'dev' | 'test', SplitResult>,
  splits: readonly ('dev' | 'test')[],
): string {
  const lines = ['Entries and items (labeled section bodies)'];
  for (const name of ['dev', 'test'] as const) {
    const { headers, items } = result[name];
    const fields = FIELDS.map((f) => `${f} ${pct(...headers.fields[f])}`).join(', ');
    lines.push(
      `  ${name}: entry blocks ${headers.ok}/${headers.cases} exact (${pct(headers.ok, headers.cases)}; ${fields}); item lists ${items.ok}/${items.cases} exact (${pct(items.ok, items.cases)})`,
    );
  }
  for (const name of splits) {
    for (const m of [...result[name].headers.misses, ...result[name].items.misses])
      lines.push(`    miss ${m.id} [${name}]: ${m.problems.join('; ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fresh4 = process.argv.includes('fresh4');
  const devOnly = process.argv.includes('--dev-only');
  const result = evalEntries(fresh4 ? FRESH4_ENTRIES : DEFAULT_SOURCES, devOnly ? ['dev'] : ['dev', 'test']);
  if (fresh4) console.log('fresh4 set (test/fixtures/fresh4-sections/entries.json)');
  console.log(formatEntries(result, process.argv.includes('--dev') ? ['dev'] : ['dev', 'test']));
  const dev = result.dev;
  const rate = (dev.headers.ok + dev.items.ok) / Math.max(1, dev.headers.cases + dev.items.cases);
  process.exitCode = rate >= ENTRY_TARGET ? 0 : 1;
}
