/**
 * A line the user pasted into the question: quoted ('…', "…", “…”) or after a colon/dash that follows
 * an ask ("rewrite: …", "is this good - …"). Matched to the resume's own line when it is one of them
 * (slightly edited is fine), else judged as new text.
 */
import { type BulletRef, bulletsOf } from './outline.js';
import type { ReportView } from './view.js';
import { overlap } from './words.js';

const MIN_WORDS = 3;

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function clean(text: string): string {
  return text
    .trim()
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/\s*(\?|\.{3})\s*$/, '')
    .replace(/\s+(or drop it|or not|at all)\??$/i, '')
    .trim();
}

const ASK_BEFORE_COLON =
  /(rewrite|re-write|reword|rephrase|fix|improve|better|good|ok|okay|fine|strong|rate|judge|think|work|about|instead|bullet|line|this|one)\W*$/i;

/** Text after a separator that is the question itself ("the database bullet - how do i quantify it"). */
const QUESTION_START = /^(how|what|why|can|could|should|would|is|are|do|does|which|where|when|any|pls|please)\b/i;

/** The pasted text in a question, or null. */
export function pastedText(question: string): string | null {
  const q = question.trim();
  const double = q.match(/["“]([^"”]{6,})["”]/);
  if (double && words(double[1]!) >= MIN_WORDS) return clean(double[1]!);
  // Single quotes: from a quote after a space or colon to the last quote (apostrophes may sit inside).
  const single = q.match(/(?:^|[\s:(])['‘](.{6,})['’](?=[\s?.!,)]|$)/);
  if (single && words(single[1]!) >= MIN_WORDS) return clean(single[1]!);
  const sep = q.match(/^(.{2,70}?)(?::|\s[-–—]\s|\?\s+)\s*(.{12,})$/);
  if (sep && ASK_BEFORE_COLON.test(sep[1]!) && words(sep[2]!) >= 4 && !QUESTION_START.test(sep[2]!))
    return clean(sep[2]!);
  return null;
}

export interface PastedMatch {
  text: string;
  match: BulletRef | null;
  /** Summary or list lines can be pasted too: the matched line when it is not a bullet. */
  line: string | null;
}

/** Below this overlap a pasted line is new text, not an edit of one of the user's lines. */
const SAME_LINE = 0.6;

export function matchPasted(report: ReportView, text: string): PastedMatch {
  let best: { ref: BulletRef; score: number } | null = null;
  for (const ref of bulletsOf(report)) {
    const score = overlap(text, ref.text);
    if (!best || score > best.score) best = { ref, score };
  }
  if (best && best.score >= SAME_LINE) return { text, match: best.ref, line: best.ref.text };
  for (const s of report.sections) {
    for (const line of [...(s.lines ?? []), ...(s.items ?? [])]) {
      if (overlap(text, line) >= SAME_LINE) return { text, match: null, line };
    }
  }
  return { text, match: null, line: null };
}
