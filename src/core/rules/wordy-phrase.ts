import type { Rule } from './types.js';
import { at, bulletsOf, makeFinding, summaryLines, type BulletRef, type LineRef } from './support/scope.js';
import { findPhrases } from '../text/phrases.js';

/** Wordy phrase → shorter wording. */
export const WORDY: Record<string, string> = {
  'in order to': 'to',
  utilize: 'use',
  utilized: 'used',
  utilizes: 'uses',
  utilizing: 'using',
  utilization: 'use',
  utilise: 'use',
  utilised: 'used',
  utilising: 'using',
  utilisation: 'use',
  'a number of': '(the actual count)',
  'due to the fact that': 'because',
  'for the purpose of': 'to / for',
  'in an effort to': 'to',
  'with the goal of': 'to',
  'at this point in time': 'now',
  'on a daily basis': 'daily',
  'on a weekly basis': 'weekly',
  'on a regular basis': 'regularly',
  'prior to': 'before',
  'in the event that': 'if',
  'was able to': '(just the verb)',
  'were able to': '(just the verb)',
  'a variety of': '(the specific items)',
  'the ability to': '(just the verb)',
  'in terms of': 'in / for',
  'with regard to': 'about',
  'with regards to': 'about',
  'in close collaboration with': 'with',
  'played a key role in': '(the verb for what you did)',
  'played a pivotal role in': '(the verb for what you did)',
  'in the process of': '(just the verb)',
};

const WORDY_PHRASES = Object.keys(WORDY);

function suggestionFor(phrase: string, written: string): string {
  const short = WORDY[phrase.toLowerCase()] ?? '(a shorter word)';
  return short.startsWith('(')
    ? `Replace "${written}" with ${short.slice(1, -1)}.`
    : `Use "${short}" instead of "${written}".`;
}

export const wordyPhrase: Rule = {
  id: 'wordy-phrase',
  description: 'Wordy phrasing with a shorter equivalent ("in order to" → "to", "utilize" → "use").',
  why: 'Every word in a bullet competes for a few seconds of attention; shorter wording leaves room for the result.',
  label: 'Wordy phrase',
  askedAs: ['wordy phrase'],
  check({ resume }) {
    const refs: Array<BulletRef | LineRef> = [...summaryLines(resume), ...bulletsOf(resume)];
    return refs.flatMap((ref) =>
      findPhrases(ref.text, WORDY_PHRASES).map((h) =>
        makeFinding(
          'wordy-phrase',
          {
            severity: 'low',
            message: `"${h.text}" can be said in fewer words.`,
            evidence: h.text,
            suggestion: suggestionFor(h.phrase, h.text),
          },
          at(ref),
        ),
      ),
    );
  },
};
