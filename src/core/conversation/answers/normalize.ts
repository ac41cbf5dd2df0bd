/**
 * Question normalisation for intent recognition: lower case, words only, and typos mapped onto the
 * vocabulary the intent cues use ("quantfy" → "quantify", "skils" → "skills").
 */

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), bounded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows - 1]![cols - 1]!;
}

/** How many typos a word of this length may carry and still be recognised. */
function typoBudget(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

export class Vocabulary {
  private readonly words: Set<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
  }

  /** The vocabulary word this token most plausibly meant, or the token itself. */
  correct(token: string): string {
    if (this.words.has(token)) return token;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const budget = typoBudget(token.length);
    let best = token;
    let bestDistance = budget + 1;
    for (let len = token.length - budget; len <= token.length + budget; len++) {
      for (const w of this.byLength.get(len) ?? []) {
        // Short vocabulary words must not swallow other short words ("ats" ≠ "cats").
        if (typoBudget(w.length) === 0) continue;
        const dist = editDistance(token, w, bestDistance - 1);
        if (dist < bestDistance) {
          best = w;
          bestDistance = dist;
        }
      }
    }
    this.cache.set(token, best);
    return best;
  }
}
