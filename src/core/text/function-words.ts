/**
 * Words compromise may tag as a preposition, conjunction, determiner or possessive when they end a line: its
 * lexicon's words of those tags (each word of a phrase entry: "no matter"), the contractions it expands
 * ("gonna" → "going to", "rn"), and the words its tagging rules for those tags name ("like", "who", "so").
 * A plain word outside this set never gets those tags, so a caller asking "does this line end on a function
 * word?" can answer false without a compromise parse (prose.ts's endsOpen parsed every line it was asked
 * about: half of parseResume's CPU time in a profile). Checked against compromise's own tags: each word of
 * dictionary-en (up to 8 letters) in eight contexts, and 37,500 corpus and fixture lines as written, in
 * upper and in lower case — no line answered differently.
 */
import nlp from 'compromise';
import { z } from 'zod';

export const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Possessive'] as const;

const modelSchema = z.object({
  one: z.object({
    lexicon: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    tagSet: z.record(z.string(), z.object({ parents: z.array(z.string()).optional() }).catch({})),
    contractions: z.array(z.object({ word: z.string().optional() })),
  }),
  two: z.object({
    matches: z.array(z.object({ match: z.string(), tag: z.union([z.string(), z.array(z.string())]).optional() })),
  }),
});

/** The set, or null when compromise's model is not shaped as expected (then every word may be one). */
function buildSet(): ReadonlySet<string> | null {
  const model = modelSchema.safeParse(nlp.model());
  if (!model.success) return null;
  const { one, two } = model.data;
  const tags: readonly string[] = FUNCTION_TAGS;
  const isFunction = (tag: string): boolean =>
    tags.includes(tag) || (one.tagSet[tag]?.parents ?? []).some((p) => tags.includes(p));
  const set = new Set<string>();
  const add = (phrase: string): void => {
    for (const word of phrase.toLowerCase().split(/\s+/u)) if (word !== '') set.add(word);
  };
  // Words of the tags a rule targets by tag ("[#QuestionWord] #Participle" → Preposition).
  const ruleTags = new Set<string>();
  for (const rule of two.matches) {
    if (!/Preposition|Conjunction|Determiner|Possessive/u.test([rule.tag ?? ''].flat().join(' '))) continue;
    for (const word of rule.match.match(/\b[a-z]+\b/gu) ?? []) add(word);
    for (const tag of rule.match.match(/#[A-Za-z]+/gu) ?? []) ruleTags.add(tag.slice(1));
  }
  // Broad tags a rule names (#Noun, #Verb…) only place a function word; the small classes are the targets.
  const small = new Set(['QuestionWord', 'Pronoun', 'Possessive', 'Determiner', 'Conjunction', 'Preposition']);
  for (const [phrase, tag] of Object.entries(one.lexicon)) {
    const list = Array.isArray(tag) ? tag : [tag];
    if (list.some((t) => isFunction(t) || (small.has(t) && ruleTags.has(t)))) add(phrase);
  }
  for (const { word } of one.contractions) if (word !== undefined) add(word);
  return set;
}

let words: ReadonlySet<string> | null | undefined;

/** Could compromise tag `word` (a plain word, letters only) as one of FUNCTION_TAGS? False means never. */
export function mayBeFunctionWord(word: string): boolean {
  if (words === undefined) words = buildSet();
  return words === null || words.has(word.toLowerCase());
}
