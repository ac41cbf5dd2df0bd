/** Small text helpers shared by the rules. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words as written (letters/digits, with inner apostrophes, hyphens, dots, slashes kept). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-/+#&]*/gu) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** The first word of a bullet, without leading glyphs or punctuation, as written. */
export function firstWord(text: string): string | null {
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/u.exec(text);
  return m ? m[0] : null;
}

/** Sentences of a line, verbatim (split after . ! ? followed by whitespace). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The sentence of `text` that contains position `index`, verbatim. */
export function sentenceAt(text: string, index: number): string {
  let start = 0;
  for (const s of sentences(text)) {
    const at = text.indexOf(s, start);
    if (at <= index && index < at + s.length) return s;
    start = at + s.length;
  }
  return text.trim();
}

/**
 * A case-insensitive phrase pattern that matches on word boundaries (letters/digits on neither side);
 * spaces in the phrase match any run of spaces or hyphens.
 */
export function phrasePattern(phrase: string, flags = 'giu'): RegExp {
  const body = escapeRegExp(phrase).replace(/\s+/g, '[\\s\\-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

export interface PhraseHit {
  /** The matched text, verbatim. */
  text: string;
  index: number;
  /** The phrase from the list that matched. */
  phrase: string;
}

/** Every occurrence of any phrase in the list, in text order, longest phrase first on ties. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const phrase of phrases) {
    const re = phrasePattern(phrase);
    for (const m of text.matchAll(re)) hits.push({ text: m[0], index: m.index, phrase });
  }
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  // Drop hits nested inside an earlier, longer hit.
  const out: PhraseHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.index < end) continue;
    out.push(h);
    end = h.index + h.text.length;
  }
  return out;
}

export function quote(text: string, max = 60): string {
  const t = text.trim();
  return t.length <= max ? `"${t}"` : `"${t.slice(0, max - 1).trimEnd()}…"`;
}
