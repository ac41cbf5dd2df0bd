import nlp from 'compromise';
import { familyKey } from '../text/word-family.js';
import { ROLE_PROFILES } from './registry.js';
import type { RoleId } from './types.js';

/**
 * The field a job title names by its modifier when its head word fits every field: "Accounts Assistant",
 * "Warehouse Operative", "Teaching Assistant". The head (the title's last noun) is the rank; a word before it
 * that belongs, by word family, to the titles or vocabulary of a specific profile names the field.
 */

/** Word families of each specific profile's titles and vocabulary. */
const FAMILIES: ReadonlyMap<RoleId, ReadonlySet<string>> = new Map(
  ROLE_PROFILES.filter((p) => !p.generic).map((p) => [
    p.id,
    new Set(
      [...p.titles, ...p.vocabulary].flatMap((t) =>
        (t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => familyKey(w)),
      ),
    ),
  ]),
);

/** A word family in this many specific profiles is a rank or a broad word ("engineer", "research"), not a field. */
const BROAD = 4;
const BROAD_FAMILIES: ReadonlySet<string> = (() => {
  const counts = new Map<string, number>();
  for (const families of FAMILIES.values()) for (const k of families) counts.set(k, (counts.get(k) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= BROAD).map(([k]) => k));
})();

/** Word families that name a field: a specific profile's, not broad. */
const FIELD_FAMILIES: ReadonlySet<string> = new Set(
  [...FAMILIES.values()].flatMap((families) => [...families].filter((k) => !BROAD_FAMILIES.has(k))),
);

/**
 * Could a modifier of `title` name a field? A compromise term is a piece of one of its words, so each
 * modifier is some run of a word's letter groups ("libre-service" → libre, service, libreservice): when no
 * such run is a field's word family, no parse can find one (most titles are names, ranks, places).
 */
function mayNameField(title: string, held: ReadonlySet<string>): boolean {
  for (const token of title.split(/\s+/u)) {
    const runs = token.toLowerCase().match(/\p{L}+/gu) ?? [];
    for (let i = 0; i < runs.length; i++) {
      let word = '';
      for (let j = i; j < runs.length; j++) {
        word += runs[j];
        if (word.length >= 3 && !held.has(word) && FIELD_FAMILIES.has(familyKey(word))) return true;
      }
    }
  }
  return false;
}

/** Longer lines are sentences or headlines, not titles. */
const MAX_TITLE_WORDS = 4;

/** The modifiers of a short title: its words before the head noun (compromise's last noun of the phrase). */
function modifiers(title: string): string[] {
  // "Mechanical Engineer II": a level after the head is not part of the phrase.
  const main = (title.split(/\s+(?:of|for|in|at)\s+|[,(|–—]/u)[0] ?? title).replace(/\s+(?:[IVX]{1,4}|\d{1,2})$/u, '');
  const terms = (nlp(main).json() as { terms?: { text: string; tags?: string[] }[] }[]).flatMap((s) => s.terms ?? []);
  if (terms.length < 2 || terms.length > MAX_TITLE_WORDS) return [];
  let head = terms.length - 1;
  while (head > 0 && !(terms[head]?.tags ?? []).includes('Noun')) head--;
  return terms
    .slice(0, head)
    .map((t) => t.text.toLowerCase().replace(/[^\p{L}]/gu, ''))
    .filter((w) => w.length >= 3);
}

/**
 * Specific profiles a title's modifiers point at (empty when none, or the title has no modifier). `matchedTitles`:
 * the profile titles the line already matched; a modifier one of them holds ("Software" in "software engineer")
 * is counted there already and names nothing more.
 */
export function fieldsNamedBy(title: string, matchedTitles: readonly string[] = []): RoleId[] {
  const held = new Set(matchedTitles.flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []));
  if (!mayNameField(title, held)) return [];
  const keys = modifiers(title)
    .filter((w) => !held.has(w))
    .map((w) => familyKey(w))
    .filter((k) => !BROAD_FAMILIES.has(k));
  if (keys.length === 0) return [];
  return [...FAMILIES].filter(([, families]) => keys.some((k) => families.has(k))).map(([id]) => id);
}
