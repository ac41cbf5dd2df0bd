/** The opening word of a bullet and whether it is used as a verb. */
import { type VerbInfo, classifyVerb } from './classify.js';
import { NOUN_PHRASE_NEXT, NOUN_VERBS, ROLE_NOUNS } from './lists.js';
import { opensWithCoordinatedVerbs } from './nlp.js';

export interface Opening {
  /** The opening word as written. */
  word: string;
  verb: VerbInfo | null;
}

/** "Search Ranking: Led …" — a short name before a colon; the statement starts after it. */
const LABEL_PREFIX = /^[^\p{L}\p{N}]*[\p{Lu}][^:.!?]{0,48}:\s+(?=[\p{L}])/u;

const openingMemo = new Map<string, Opening | null>();

/** The opening word of a line and, when it is used as a verb, what kind (memoised: three rules ask). */
export function openingOf(text: string): Opening | null {
  if (openingMemo.has(text)) return openingMemo.get(text) ?? null;
  const found = scanOpening(text);
  if (openingMemo.size >= 2000) openingMemo.clear();
  openingMemo.set(text, found);
  return found;
}

function scanOpening(text: string): Opening | null {
  const label = LABEL_PREFIX.exec(text);
  // Only a name: "Developed unpackers for packers: UPX, FSG" is a statement whose verb comes first.
  const labelWord = label ? (/[\p{L}][\p{L}'’-]*/u.exec(label[0])?.[0] ?? '') : '';
  const body =
    label && label[0].trim().split(/\s+/).length <= 6 && classifyVerb(labelWord) === null
      ? text.slice(label[0].length)
      : text;
  const m = /^[^\p{L}\p{N}]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:[\s,;:]+([\p{L}\p{N}][\p{L}\p{N}'’-]*))?/u.exec(body);
  if (!m?.[1]) return null;
  const word = m[1];
  const nextRaw = m[2] ?? '';
  const next = nextRaw.toLowerCase();
  // "MEETiNG 2020", "AWS": odd casing is a name, not a verb.
  if (/^.+\p{Lu}/u.test(word) && word !== word.toUpperCase()) return { word, verb: null };
  let verb = classifyVerb(word);
  const nounish = next === '' || NOUN_PHRASE_NEXT.has(next) || /^\p{Lu}/u.test(nextRaw);
  // "Load and unload 20 trailers", "Lead and mentor a team": a second verb in the same form makes both verbs.
  if (
    verb &&
    verb.form === 'present' &&
    NOUN_VERBS.has(verb.base) &&
    verb.base === word.toLowerCase() &&
    nounish &&
    !((next === 'and' || next === 'or') && opensWithCoordinatedVerbs(body))
  )
    verb = null;
  // "Teaching Assistant", "Consulting Engineer": a gerund naming a role.
  if (verb && verb.form === 'gerund' && ROLE_NOUNS.has(next)) verb = null;
  return { word, verb };
}
