import type { Rule } from './types.js';
import { bulletsOf, isLabelBullet, makeFinding, type BulletRef } from './support/scope.js';
import { isTitleLike } from '../text/title-case.js';
import { openingOf } from '../text/verbs/opening.js';
import { verbExamples } from './support/voice.js';

export const REPEAT_LIMIT = 3;

export const repeatedVerb: Rule = {
  id: 'repeated-verb',
  description: `The same opening verb on ${REPEAT_LIMIT} or more bullets.`,
  why: 'Repeating one verb makes different achievements sound the same; varied verbs show the range of what you did.',
  label: 'Same opening verb',
  askedAs: ['repeated verb', 'repeated verbs', 'same verb'],
  fix: () => 'Vary the opening verbs: several bullets start with the same word',
  check({ resume, role }) {
    const groups = new Map<string, Array<{ b: BulletRef; word: string }>>();
    for (const b of bulletsOf(resume)) {
      // A sub-heading set as a bullet ("Design System", "Lead Generation") is not a verb the user repeats.
      if (isLabelBullet(b.text) || isTitleLike(b.text)) continue;
      const o = openingOf(b.text);
      if (!o?.verb) continue;
      const key = o.word.toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), { b, word: o.word }]);
    }
    const out = [];
    for (const list of groups.values()) {
      const first = list[0];
      if (list.length < REPEAT_LIMIT || !first) continue;
      out.push(
        makeFinding(
          'repeated-verb',
          {
            severity: 'low',
            message: `${list.length} bullets open with "${first.word}".`,
            evidence: first.word,
            suggestion: `Vary the verbs to say more precisely what each one did (e.g. ${verbExamples(role, 6, [first.word])}); keep "${first.word}" for one or two.`,
          },
          { sectionIndex: first.b.sectionIndex, entryIndex: first.b.entryIndex, bulletIndex: first.b.bulletIndex },
        ),
      );
    }
    return out;
  },
};
