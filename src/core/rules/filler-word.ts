import type { Rule } from './types.js';
import { at, bulletsOf, makeFinding, summaryLines, type BulletRef, type LineRef } from './support/scope.js';
import { findPhrases } from '../text/phrases.js';

export const FILLERS = [
  'various',
  'very',
  'really',
  'etc.',
  'etc',
  'basically',
  'actually',
  'quite',
  'stuff',
  'and so on',
  'and more',
  'things like',
];

export const fillerWord: Rule = {
  id: 'filler-word',
  description: 'Filler words that add nothing: "various", "very", "really", "etc.".',
  why: 'Filler makes a line longer without telling the reader anything; "various systems" hides which ones.',
  label: 'Filler word',
  askedAs: ['filler', 'filler words'],
  check({ resume }) {
    const refs: Array<BulletRef | LineRef> = [...summaryLines(resume), ...bulletsOf(resume)];
    return refs.flatMap((ref) =>
      findPhrases(ref.text, FILLERS).map((h) =>
        makeFinding(
          'filler-word',
          {
            severity: 'low',
            message: `"${h.text}" is filler: it takes space without adding information.`,
            evidence: h.text,
            suggestion: /^(various|etc\.?|and so on|and more|things like|stuff)$/i.test(h.phrase)
              ? 'Name the specific things instead (which systems, which tools).'
              : `Drop "${h.text}"; let the fact or the number carry the weight.`,
          },
          at(ref),
        ),
      ),
    );
  },
};
