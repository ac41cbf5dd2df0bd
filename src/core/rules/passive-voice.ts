import type { Rule } from './types.js';
import { at, bulletsOf, makeFinding, summaryLines, type BulletRef, type LineRef } from './support/scope.js';
import { plural } from './support/fix.js';

const AUX = `(?:was|were|is|are|been|being|be|got)`;
const ADVERB = String.raw`(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|not\s+|since\s+|all\s+|eventually\s+)?`;
const IRREGULAR = `(?:built|written|rewritten|run|made|done|driven|led|given|taken|shown|grown|brought|sent|kept|held|set|put|undertaken|overseen|begun|drawn|spun|won|seen|cut|found|sold|taught|chosen|paid|split|shut|hit)`;
const PASSIVE = new RegExp(
  String.raw`(?<![\p{L}])${AUX}\s+${ADVERB}((?:[a-z]+ed)|${IRREGULAR})(\s+by\b)?(?![\p{L}])`,
  'giu',
);

/**
 * Participles that are fine after "was": recognitions ("was promoted to", "was selected for") read as
 * achievements, and adjectives ("was based in") are not passive actions. Duties ("was involved in",
 * "was tasked with") are left to vague-duty.
 */
const ALLOWED = new Set(
  `promoted selected awarded chosen invited nominated elected recognized recognised honored honoured
hired recruited named accepted admitted featured published granted certified ranked offered won shortlisted funded
based located interested experienced skilled qualified required supposed used involved tasked exposed dedicated
motivated excited pleased proud able licensed registered enrolled married born asked trusted entrusted credited cited`
    .split(/\s+/)
    .filter(Boolean),
);

export interface PassiveHit {
  text: string;
  index: number;
}

export function passiveHits(line: string): PassiveHit[] {
  const out: PassiveHit[] = [];
  for (const m of line.matchAll(PASSIVE)) {
    const participle = (m[1] ?? '').toLowerCase();
    if (ALLOWED.has(participle) || participle.endsWith('eed') || participle.length < 4) continue;
    // "get/got" + participle is only passive for action verbs ("got deployed"); "got promoted" is allowed above.
    out.push({ text: m[0], index: m.index });
  }
  return out;
}

export const passiveVoice: Rule = {
  id: 'passive-voice',
  description: 'Passive voice ("was designed", "were implemented by") that hides who did the work.',
  why: 'A reviewer wants to know what you did; passive phrasing leaves out the actor and usually adds words.',
  label: 'Passive voice',
  askedAs: ['passive voice', 'passive'],
  fix: (f) => `Say who did it: ${plural(f.length, 'line')} in the passive voice`,
  bullet: { weak: true, rewrite: true, opening: true },
  check({ resume, role }) {
    const refs: Array<BulletRef | LineRef> = [...bulletsOf(resume), ...summaryLines(resume)];
    return refs.flatMap((ref) => {
      const hit = passiveHits(ref.text)[0];
      if (!hit) return [];
      return [
        makeFinding(
          'passive-voice',
          {
            severity: 'low',
            message: `"${hit.text}" is passive: it does not say that you did it.`,
            evidence: 'bulletIndex' in ref ? ref.text : hit.text,
            suggestion: `Make yourself the subject and open with the verb: "${role.voice.passive[0]}" → "${role.voice.passive[1]}".`,
          },
          at(ref),
        ),
      ];
    });
  },
};
