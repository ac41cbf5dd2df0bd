import type { Rule } from './types.js';
import { at, bulletsOf, makeFinding } from './support/scope.js';
import { findPhrases } from '../text/phrases.js';
import { bulletsHit, plural } from './support/fix.js';
import { verbExamples } from './support/voice.js';

/** Phrases that name a duty rather than an outcome, anywhere in a bullet. */
export const DUTY_PHRASES = [
  'responsible for',
  'was responsible for',
  'worked on',
  'working on',
  'involved in',
  'was involved in',
  'helped with',
  'helped to',
  'helping with',
  'assisted with',
  'assisted in',
  'tasked with',
  'duties included',
  'duties include',
  'in charge of',
  'participated in',
  'took part in',
  'was part of',
  'member of the team',
];

/** Openings that only say one took part: "Helped the team …", "Assisted senior engineers …". */
const DUTY_OPENING = /^[^\p{L}]*(?:I\s+)?(helped|assisted|helping|assisting|worked|working)\b/iu;

/** A share of a result after the duty phrase: a percentage, or an amount "in/of" revenue, sales, savings … */
const CREDITED_SHARE =
  /^\s*(?:over\s+|about\s+|nearly\s+|almost\s+|~)?[$€£]?\d[\d,.]*\s*(?:%|percent\b|[x×](?!\w)|(?:[kmb]|bn|million|billion|thousand)?\s*(?:in|of)\s+(?:the\s+|our\s+|all\s+|total\s+|annual\s+|new\s+)*(?:revenue|sales|savings|gains|growth|profit|bookings|pipeline|arr|income|the\b))/iu;

/** The duty phrase in a bullet, verbatim, or null. */
export function dutyPhrase(text: string): string | null {
  // "responsible for 78% of the gains" or "$2M in revenue" credits a result; "responsible for 12 staff" is
  // still a duty, a number or not.
  const hit = findPhrases(text, DUTY_PHRASES).find((h) => !CREDITED_SHARE.test(text.slice(h.index + h.text.length)));
  if (hit) return hit.text;
  const m = DUTY_OPENING.exec(text);
  return m?.[1] ?? null;
}

export const vagueDuty: Rule = {
  id: 'vague-duty',
  description: 'A bullet that names a duty ("responsible for", "worked on", "helped") instead of what changed.',
  why: 'A duty tells a reviewer what you were supposed to do, not what you achieved; outcome bullets are what get shortlisted.',
  label: 'A duty, not a result',
  askedAs: ['vague duty', 'vague duties', 'responsible for'],
  fix: (f) =>
    `Turn duties into results: ${plural(bulletsHit(f), 'bullet')} ${bulletsHit(f) === 1 ? 'says' : 'say'} what you were responsible for, not what changed`,
  bullet: { weak: true, rewrite: true, opening: true, notProof: true },
  check({ resume, role }) {
    return bulletsOf(resume).flatMap((b) => {
      const phrase = dutyPhrase(b.text);
      if (!phrase) return [];
      return [
        makeFinding(
          'vague-duty',
          {
            severity: 'high',
            message: `"${phrase}" describes a duty, not a result: it does not say what you built or what changed.`,
            evidence: b.text,
            suggestion: `Start with what you did (${verbExamples(role)}) and end with the result, with a number where you have one.`,
          },
          at(b),
        ),
      ];
    });
  },
};
