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
  // A second verb joined by "and" takes the same tense ("Assists with admissions and takes …"); only a
  // word our verb lists know, so nouns stay ("sizes and styles").
  const other = want === 'past' ? 'present' : 'past';
  const rest = first[2]!.replace(/\band ([a-z]+)\b/, (whole, word: string) =>
    classifyVerb(word)?.form === other ? `and ${inTense(word, want)}` : whole,
  );
  return `${verb[0]!.toUpperCase()}${verb.slice(1)}${rest}`;
}
