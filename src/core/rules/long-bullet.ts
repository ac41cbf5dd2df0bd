import type { Rule } from './types.js';
import { at, bulletsOf, makeFinding } from './support/scope.js';
import { wordCount } from '../text/words.js';
import { plural } from './support/fix.js';

export const LONG_BULLET_WORDS = 35;

export const longBullet: Rule = {
  id: 'long-bullet',
  description: `A bullet over ${LONG_BULLET_WORDS} words.`,
  why: 'Reviewers skim; a bullet that runs past two lines hides its result in the middle and often gets skipped.',
  label: 'Bullet too long',
  askedAs: ['long bullet', 'long bullets'],
  fix: (f) => `Trim ${plural(f.length, 'bullet')} to one or two lines (under about 35 words)`,
  check({ resume }) {
    return bulletsOf(resume).flatMap((b) => {
      const n = wordCount(b.text);
      if (n <= LONG_BULLET_WORDS) return [];
      return [
        makeFinding(
          'long-bullet',
          {
            severity: 'low',
            message: `This bullet runs to ${n} words; the result gets lost.`,
            evidence: b.text,
            suggestion:
              'Keep one idea per bullet, about 15–30 words: the action, the result with its number, and how. Split or cut the rest.',
          },
          at(b),
        ),
      ];
    });
  },
};
