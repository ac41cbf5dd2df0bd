/**
 * Is a capitalised word at a sentence start an ordinary English word ("Strong", "Consider") or a name
 * ("Walmart", "Stanford")? The dictionary is asked about the lower-case form only: names are listed
 * capitalised, so "walmart" fails where "strong" passes. (The answers' speller accepts either case, which
 * is right for typo correction and wrong here.) Loaded on first use, only when a model is configured.
 */
import dictionary from 'dictionary-en';
import nspell from 'nspell';

let checker: ReturnType<typeof nspell> | null = null;
const seen = new Map<string, boolean>();

export function isLowerCaseWord(word: string): boolean {
  const lower = word.toLowerCase();
  let hit = seen.get(lower);
  if (hit === undefined) {
    checker ??= nspell(dictionary);
    hit = checker.correct(lower);
    if (seen.size > 5000) seen.clear();
    seen.set(lower, hit);
  }
  return hit;
}
