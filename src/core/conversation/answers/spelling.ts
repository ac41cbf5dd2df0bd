/**
 * Typo correction for questions: a token is corrected only when the English dictionary (nspell +
 * dictionary-en) says it is not a word, and only onto a word we know the question could mean (the cue
 * vocabulary and the user's own resume). Real words ("change", "lead") are never replaced.
 */
import dictionary from 'dictionary-en';
import nspell from 'nspell';
import { Vocabulary } from './normalize.js';

type Checker = ReturnType<typeof nspell>;
let checker: Checker | null = null;

/** Building the dictionary takes most of a second once; later checks are microseconds. */
function english(): Checker {
  checker ??= nspell(dictionary);
  return checker;
}

/** Loads the dictionary ahead of the first question (optional). */
export function warmSpelling(): void {
  english();
}

const known = new Map<string, boolean>();

export function isEnglishWord(token: string): boolean {
  let hit = known.get(token);
  if (hit === undefined) {
    const dict = english();
    hit =
      dict.correct(token) ||
      dict.correct(token[0]!.toUpperCase() + token.slice(1)) ||
      dict.correct(token.toUpperCase());
    known.set(token, hit);
  }
  return hit;
}

export class Speller {
  private readonly vocabulary: Vocabulary;
  private readonly words: Set<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.vocabulary = new Vocabulary(this.words);
  }

  correct(token: string): string {
    if (token.length < 4 || /\d/.test(token) || this.words.has(token) || isEnglishWord(token)) return token;
    return this.vocabulary.correct(token);
  }
}
