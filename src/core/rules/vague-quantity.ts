import type { Rule } from './types.js';
import { hasMetric } from '../text/metrics.js';
import { at, bulletsOf, makeFinding, summaryLines, type BulletRef, type LineRef } from './support/scope.js';
import { findPhrases } from '../text/phrases.js';
import { sentenceAt } from '../text/words.js';
import { placeholderExample } from './support/voice.js';

export const VAGUE_QUANTITIES = [
  'many',
  'several',
  'significantly',
  'greatly',
  'numerous',
  'multiple',
  'substantially',
  'dramatically',
  'considerably',
  'countless',
  'a lot of',
  'lots of',
  'tons of',
  'massively',
  'vastly',
  'hugely',
  'a large number of',
  'a huge number of',
  'a wide range of',
  'drastically',
  'tremendously',
  'immensely',
];

/** Fixed terms that contain a vague word but are not quantities. */
const NOT_QUANTITY =
  /many-to-(many|one)|one-to-many|multiple[-\s](regression|choice|inheritance|sclerosis|linear)|multiple of/gi;

export const vagueQuantity: Rule = {
  id: 'vague-quantity',
  description: 'A vague amount ("many", "several", "significantly") in a line with no number.',
  why: '"Significantly faster" asks the reader to trust you; a number lets them judge for themselves.',
  label: 'Vague quantity',
  askedAs: ['vague quantity'],
  bullet: { weak: true },
  check({ resume, role }) {
    const refs: Array<BulletRef | LineRef> = [...summaryLines(resume), ...bulletsOf(resume)];
    return refs.flatMap((ref) => {
      const cleaned = ref.text.replace(NOT_QUANTITY, (m) => ' '.repeat(m.length));
      // A number anywhere in the same sentence (or bullet) is the evidence that makes the word fine.
      const hit = findPhrases(cleaned, VAGUE_QUANTITIES).find((h) => !hasMetric(sentenceAt(ref.text, h.index)));
      if (!hit) return [];
      const evidence = ref.text.slice(hit.index, hit.index + hit.text.length);
      return [
        makeFinding(
          'vague-quantity',
          {
            severity: 'low',
            message: `"${evidence}" stands in for a number the reader would want to see.`,
            evidence,
            suggestion: `Replace "${evidence}" with the actual figure, or a placeholder you fill in (${placeholderExample(role)}).`,
          },
          at(ref),
        ),
      ];
    });
  },
};
