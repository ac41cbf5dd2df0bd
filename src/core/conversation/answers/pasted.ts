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
const QUESTION_START =
  /^(how|what|why|can|could|should|would|is|are|do|does|which|where|when|any|pls|please|make|help|tell|give|turn|explain|check)\b/i;

/** A short ask after a pasted line: "fix pls", "better wording?", "how would u say this better", "keep?". */
const ASK_AFTER =
  /^(?:(?:can|could) (?:you|u) )?(?:rewrite|re-write|reword|rephrase|fix|improve|better|good|bad|ok|okay|keep|drop|thoughts|how|what|why|is|any|pls|please|too|does|should|whats|what's)\b[\s\S]*$/i;

/** "why did you flag <line>", "why was <line> flagged": the line named without quotes. */
const WHY_FLAG_BEFORE = /^why (?:did|do|does|would) (?:you|u|it) (?:flag|mark|ding|highlight|pick on)\s+(.{12,})$/i;
const WHY_FLAG_AROUND = /^why (?:was|is|were|are) (.{12,}?) (?:flagged|marked|dinged|highlighted)\W*$/i;

/** A "line" that speaks about the resume rather than quoting it ("my summary is weak - fix pls"). */
const OWN_WORDS = /\b(my|mine|i|im|i'm|you|your|this|that|it)\b/i;

/** Words that point at a part of the resume rather than quote it ("the bosch internship", "the gazebo bullet"). */
const POINTER =
  /^(the|my|a|an|our|that|this)\b|\b(bullet|line|point|section|entry)s?\b|\b(job|internship|role|one|project|part)s?$|\b(the|my|that|this) (\w+ ){1,3}one\b/i;

/** The pasted text in a question, or null. */
export function pastedText(question: string): string | null {
  const q = question.trim();
  const double = q.match(/["“]([^"”]{6,})["”]/);
  if (double && words(double[1]!) >= MIN_WORDS) return clean(double[1]!);
  // Single quotes: from a quote after a space or colon to the last quote (apostrophes may sit inside).
  const single = q.match(/(?:^|[\s:(])['‘](.{6,})['’](?=[\s?.!,)]|$)/);
  if (single && words(single[1]!) >= MIN_WORDS) return clean(single[1]!);
  const why = q.match(WHY_FLAG_BEFORE) ?? q.match(WHY_FLAG_AROUND);
  if (why && words(why[1]!) >= MIN_WORDS && !POINTER.test(why[1]!)) return clean(why[1]!);
  const sep = q.match(/^(.{2,70}?)(?::|\s[-–—]\s|\?\s+)\s*(.{12,})$/);
  if (sep && ASK_BEFORE_COLON.test(sep[1]!) && words(sep[2]!) >= 4 && !QUESTION_START.test(sep[2]!))
    return clean(sep[2]!);
  // The line first, the ask after it: "Quick learner and team player - fix pls", "<line>. how to add impact".
  const line = lineBeforeAsk(q);
  return line ? clean(line) : null;
}

/** The line in "<line> - fix pls" / "<line>. how to add impact" / "<line> rewrite": split where the ask starts. */
function lineBeforeAsk(q: string): string | null {
  const splits: { line: string; ask: string }[] = [];
  // An explicit separator first (dash, full stop, question mark, comma), the last one that leaves a short ask.
  for (const m of q.matchAll(/\s[-–—]\s|[-–—]\s|\.\s+|\?\s+|,\s+/g))
    splits.push({ line: q.slice(0, m.index), ask: q.slice(m.index + m[0].length) });
  // Else the last one to four words ("… at handover rewrite").
  const w = q.split(/\s+/);
  for (let k = 1; k <= 4 && k < w.length; k++)
    splits.push({ line: w.slice(0, -k).join(' '), ask: w.slice(-k).join(' ') });
  for (const { line: raw, ask } of splits) {
    if (!ASK_AFTER.test(ask) || words(ask) > 8) continue;
    const line = raw.replace(/[\s,.;:–—-]+$/, '');
    if (words(line) >= 4 && !QUESTION_START.test(line) && !OWN_WORDS.test(line) && !POINTER.test(line)) return line;
  }
  return null;
}

export interface PastedMatch {
  text: string;
  match: BulletRef | null;
  /** Summary or list lines can be pasted too: the matched line when it is not a bullet. */
  line: string | null;
  /** The section the matched line is in. */
  section: number | null;
}

/** Below this overlap a pasted line is new text, not an edit of one of the user's lines. */
const SAME_LINE = 0.6;

export function matchPasted(report: ReportView, text: string): PastedMatch {
  let best: { ref: BulletRef; score: number } | null = null;
  for (const ref of bulletsOf(report)) {
    const score = overlap(text, ref.text);
    if (!best || score > best.score) best = { ref, score };
  }
  if (best && best.score >= SAME_LINE) return { text, match: best.ref, line: best.ref.text, section: best.ref.section };
  // Summary and list lines, also sentence by sentence ("Quick learner and team player." of a longer summary).
  for (const [section, s] of report.sections.entries()) {
    for (const line of [...(s.lines ?? []), ...(s.items ?? [])]) {
      const sentences = line.split(/(?<=[.;!?])\s+/).filter((x) => x.length > 0);
      if (overlap(text, line) >= SAME_LINE || sentences.some((x) => overlap(text, x) >= SAME_LINE))
        return { text, match: null, line, section };
    }
  }
  return { text, match: null, line: null, section: null };
}
