import type { Rule } from './types.js';
import { hasMetric } from '../text/metrics.js';
import { RECOGNITION } from '../text/recognition.js';
import { RESULT_KINDS, at, bulletsOf, isLabelBullet, makeFinding } from './support/scope.js';
import { bulletsHit, plural } from './support/fix.js';
import { whatToCount } from './support/voice.js';

export const unquantifiedBullet: Rule = {
  id: 'unquantified-bullet',
  description: 'An experience or project bullet with no measurable result (a count, %, ms, QPS, users, money, ×).',
  why: 'Numbers let a reviewer judge scale and impact at a glance; a bullet without one reads as a task list.',
  label: 'No measurable result',
  askedAs: ['unquantified', 'not quantified'],
  fix: (f, role) =>
    `Put a number in ${plural(bulletsHit(f), 'bullet')}: ${whatToCount(role)} — whatever the work moved`,
  bullet: { weak: true, rewrite: true, notProof: true },
  check({ resume, role }) {
    return bulletsOf(resume, RESULT_KINDS).flatMap((b) => {
      if (isLabelBullet(b.text) || RECOGNITION.test(b.text) || hasMetric(b.text)) return [];
      return [
        makeFinding(
          'unquantified-bullet',
          {
            severity: b.section.kind === 'experience' ? 'medium' : 'low',
            message: 'This bullet has no number, so a reader cannot tell how big the work was or what it changed.',
            evidence: b.text,
            suggestion: `Add the result it produced: a before → after, a count or a percentage (${whatToCount(role)}).`,
          },
          at(b),
        ),
      ];
    });
  },
};
