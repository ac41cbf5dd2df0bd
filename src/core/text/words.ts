/** Words, sentences and small string helpers. */

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
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text);
  return m ? m[0] : null;
}

/** Sentences of a line, verbatim (split after . ! ? followed by whitespace). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
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

/** Words split on whitespace, the way a reader counts them ("C++ / Go" is three). */
export function spacedWordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}
