import type { Rule } from './types.js';
import { at, bulletsOf, isLabelBullet, makeFinding } from './support/scope.js';
import { openingOf } from '../text/verbs/opening.js';
import { classifyVerb } from '../text/verbs/classify.js';
import { WEAK_BASES } from '../text/verbs/lists.js';
import { leadVerb } from '../text/verbs/nlp.js';
import { bulletsHit, plural } from './support/fix.js';
import { verbExamples } from './support/voice.js';

/** Why the opening is weak, in a few words, or null when it is a strong action verb. */
export function weakOpening(text: string): { word: string; reason: string } | null {
  const o = openingOf(text);
  if (!o) return null;
  // "Putting away stock …": an -ing opening reads as a list of duties; the verb itself is the action.
  if (o.verb?.form === 'gerund') return { word: o.word, reason: `"${o.word}" is an -ing form, not the action itself` };
  if (o.verb?.strength === 'strong') return null;
  if (o.verb?.strength === 'weak') return { word: o.word, reason: `"${o.word}" says you took part, not what you did` };
  if (/^(I|We|My|Our)$/.test(o.word))
    return { word: o.word, reason: `it opens with "${o.word}" instead of the action` };
  if (/ly$/i.test(o.word)) return { word: o.word, reason: `"${o.word}" delays the verb` };
  // A verb our lists do not hold ("Care for", "Liaise with"), read as one by compromise: an action all the same.
  const lead =
    o.verb === null && classifyVerb(o.word) === null && text.trimStart().startsWith(o.word) ? leadVerb(text) : null;
  if (lead?.plain && lead.tense !== 'gerund' && !WEAK_BASES.has(lead.base)) return null;
  return { word: o.word, reason: `"${o.word}" is not an action verb` };
}

export const weakOpeningRule: Rule = {
  id: 'weak-opening',
  description: 'A bullet that does not open with a strong action verb.',
  why: 'Reviewers skim the first word of each bullet; a strong verb (Built, Cut, Led) tells them what you did before they read on.',
  label: 'Weak opening verb',
  askedAs: ['weak opening', 'weak openings', 'weak verb'],
  fix: (f) => `Start ${plural(bulletsHit(f), 'bullet')} with a strong action verb`,
  bullet: { weak: true, rewrite: true, opening: true },
  check({ resume, role }) {
    return bulletsOf(resume).flatMap((b) => {
      if (isLabelBullet(b.text)) return [];
      const weak = weakOpening(b.text);
      if (!weak) return [];
      return [
        makeFinding(
          'weak-opening',
          {
            severity: 'medium',
            message: `This bullet opens weakly: ${weak.reason}.`,
            evidence: b.text,
            suggestion: `Open with the action you took (${verbExamples(role, 5)} …) and put the result after it.`,
          },
          at(b),
        ),
      ];
    });
  },
};
