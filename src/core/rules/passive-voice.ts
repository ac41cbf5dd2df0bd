import type { Rule } from './types.js';
import { at, bulletsOf, makeFinding, summaryLines, type BulletRef, type LineRef } from './support/scope.js';
import { plural } from './support/fix.js';

const AUX = `(?:was|were|is|are|been|being|be|got)`;
const ADVERB = String.raw`(?:(?:[a-z]+ly|also|then|now|later|not|never|since|all|eventually|still|already|always|often|first|soon|each|both)\s+){0,2}`;
/**
 * A noun glued to the participle ("was load tested", "were peer-reviewed", "is hand picked"); not an article,
 * a possessive or a degree word, which start a noun or adjective phrase instead ("was a skilled …").
 */
const COMPOUND = String.raw`(?:(?!(?:a|an|the|my|our|his|her|their|its|this|that|very|so|too|more|most|well|highly|fully)\b)[a-z]{3,}[\s-])?`;
const IRREGULAR = `(?:built|written|rewritten|run|made|done|driven|led|given|taken|shown|grown|brought|sent|kept|held|set|put|undertaken|overseen|begun|drawn|spun|won|seen|cut|found|sold|taught|chosen|paid|split|shut|hit)`;
const SHORT_IRREGULAR = /^(?:run|led|set|put|won|cut|hit)$/;
const PASSIVE = new RegExp(
  String.raw`(?<![\p{L}])${AUX}\s+${ADVERB}(${COMPOUND}(?:(?:[a-z]+ed)|(?:(?:re|over|under|co|mis)-?)?${IRREGULAR}))(\s+by\b)?(?![\p{L}-])`,
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

/** Participles that make a compound adjective after a noun ("data driven", "team oriented"). */
const COMPOUND_ADJECTIVE = new Set(
  'driven focused oriented centred centered related powered led minded backed'.split(' '),
);

/** A subordinate clause whose subject is a pronoun for a thing, just before the auxiliary. */
const STATE_CLAUSE =
  /\b(?:until|till|once|when|whenever|after|before|if|unless|so\s+that)\s+(?:it|they|this|that|these|those|everything|all)\s+$/i;

export interface PassiveHit {
  text: string;
  index: number;
}

export function passiveHits(line: string): PassiveHit[] {
  const out: PassiveHit[] = [];
  for (const m of line.matchAll(PASSIVE)) {
    const group = (m[1] ?? '').toLowerCase();
    const participle = group.split(/[\s-]/).pop() ?? group;
    // Short -ed words ("red", "bed") are not participles; the short irregular ones ("run", "led", "cut") are.
    const short = participle.length < 4 && !SHORT_IRREGULAR.test(participle);
    if (ALLOWED.has(participle) || participle.endsWith('eed') || short) continue;
    // "until it is fixed", "once they were signed off": a state reached in a clause about something else.
    if (STATE_CLAUSE.test(line.slice(0, m.index ?? 0))) continue;
    // "is set to open in May": a plan, not a passive action.
    if (participle === 'set' && /^\s+to\b/.test(line.slice((m.index ?? 0) + m[0].length))) continue;
    // "is data driven", "was customer focused": a compound adjective, not an action done to something.
    if (group !== participle && COMPOUND_ADJECTIVE.has(participle)) continue;
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
