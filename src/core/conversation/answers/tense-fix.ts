/** A tense-mismatch line with its opening verb put in the tense its role needs ("Designs …" → "Designed …"). */
import { classifyVerb } from '../../text/verbs/classify.js';
import { inTense, leadVerb } from '../../text/verbs/nlp.js';
import type { FindingView } from './view.js';

/** The fixed line, or null when the finding is no tense finding or the line opens with no verb. */
export function tenseFixed(finding: FindingView): string | null {
  if (finding.rule !== 'tense-mismatch' || !finding.evidence) return null;
  const line = finding.evidence;
  const first = line.match(/^([A-Za-z]+)(.*)$/s);
  if (!first || !leadVerb(line)) return null;
  // The rule's message says which way: only a current role written mostly in the present wants the present.
  const want = /most bullets are in the present/i.test(finding.message) ? 'present' : 'past';
  const verb = inTense(first[1]!, want);
  if (verb.toLowerCase() === first[1]!.toLowerCase()) return null;
  return `${verb[0]!.toUpperCase()}${verb.slice(1)}${joinedInTense(first[2]!, want)}`;
}

/**
 * A second verb joined by "and" in the tense of the first ("Assists with admissions and takes …"); only a
 * word our verb lists know, so nouns stay ("sizes and styles").
 */
function joinedInTense(rest: string, want: 'past' | 'present'): string {
  const other = want === 'past' ? 'present' : 'past';
  return rest.replace(/\band ([a-z]+)\b/, (whole, word: string) =>
    classifyVerb(word)?.form === other ? `and ${inTense(word, want)}` : whole,
  );
}

/**
 * A line whose opening verb is past keeps its joined verbs past: "Supported transfers and takes vitals" →
 * "Supported transfers and took vitals" (a rewrite must not carry the slip over).
 */
export function joinedVerbsPast(line: string): string {
  const first = line.match(/^([A-Za-z]+)(.*)$/s);
  if (!first || classifyVerb(first[1]!)?.form !== 'past') return line;
  return `${first[1]}${joinedInTense(first[2]!, 'past')}`;
}
