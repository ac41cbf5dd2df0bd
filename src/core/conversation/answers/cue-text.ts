/**
 * The words of a question that choose its ask, without the words that only name its referent: an entry's
 * own title or organisation ("the help desk job" must not ask for help, "Ride Share" is no share) and
 * ordinal pointers ("my first job" is no priority). The referent is resolved from the full text.
 */
import { entriesOf } from './outline.js';
import { tokenize } from './normalize.js';
import { matchPasted, pastedText } from './pasted.js';
import type { ReportView } from './view.js';

const ORDINAL_POINTER =
  /\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last|current|latest|previous|prior) (job|role|position|bullet|line|point|one|employer|internship|entry)\b/g;

const names = new WeakMap<ReportView, string[][]>();

/** Every entry title and organisation as token lists (two words or more: one word is too ambiguous). */
function entryNames(report: ReportView): string[][] {
  let out = names.get(report);
  if (!out) {
    out = entriesOf(report)
      .flatMap((e) => [tokenize(e.value.title ?? ''), tokenize(e.value.organization ?? '')])
      .filter((n) => n.length >= 2);
    names.set(report, out);
  }
  return out;
}

/** Token positions covered by a run of ≥ 2 tokens that appears, in order, inside one entry name. */
function namedPositions(tokens: readonly string[], report: ReportView): Set<number> {
  const hit = new Set<number>();
  for (const name of entryNames(report)) {
    for (let i = 0; i < tokens.length; i++) {
      for (let start = 0; start < name.length; start++) {
        let n = 0;
        while (i + n < tokens.length && start + n < name.length && tokens[i + n] === name[start + n]) n++;
        if (n >= 2) for (let k = 0; k < n; k++) hit.add(i + k);
      }
    }
  }
  return hit;
}

export interface CueText {
  /** The question's text with referent-only words removed (what the intent cues read). */
  raw: string;
  /** The typo-corrected tokens, the same words removed. */
  tokens: string[];
}

/** Token positions of a line pasted into the question ("is Cut stock … a good bullet": "cut" asks nothing). */
function pastedPositions(raw: string, tokens: readonly string[], report: ReportView): Set<number> {
  const pasted = pastedText(raw);
  const hit = new Set<number>();
  // Only one of the user's own lines: a new line's words may be the question ("leetcode or projects which …").
  const found = pasted ? matchPasted(report, pasted) : null;
  if (!found || found.line === null) return hit;
  // The words of their own line, not all the pasted text ("<line>  is the tense ok": "is the tense" asks).
  const own = tokenize(found.line);
  const line = own.length >= 3 && own.length < tokenize(pasted!).length ? own : tokenize(pasted!);
  if (line.length < 3 || line.length >= tokens.length) return hit;
  for (let i = 0; i + line.length <= tokens.length; i++) {
    // Nearly the same run (a typo corrected, a word edited): three quarters of it in place.
    const same = line.filter((w, k) => tokens[i + k] === w).length;
    if (same >= line.length * 0.75) {
      for (let k = 0; k < line.length; k++) hit.add(i + k);
      return hit;
    }
  }
  return hit;
}

export function cueText(raw: string, corrected: readonly string[], report: ReportView | null): CueText {
  const named = report ? namedPositions(corrected, report) : new Set<number>();
  if (report) for (const i of pastedPositions(raw, corrected, report)) named.add(i);
  ORDINAL_POINTER.lastIndex = 0;
  if (named.size === 0 && !ORDINAL_POINTER.test(corrected.join(' '))) return { raw, tokens: [...corrected] };
  const rawTokens = tokenize(raw);
  // Raw and corrected tokens line up one to one (correction replaces a token, never splits it).
  const aligned = rawTokens.length === corrected.length;
  const keep = (_: string, i: number) => !named.has(i);
  const tokens = corrected.filter(keep).join(' ').replace(ORDINAL_POINTER, '$2').split(' ').filter(Boolean);
  const kept = aligned ? rawTokens.filter(keep).join(' ') : raw;
  return { raw: kept.replace(ORDINAL_POINTER, '$2'), tokens };
}
