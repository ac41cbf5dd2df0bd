import type { Rule } from './types.js';
import { at, bulletsOf, makeFinding, summaryLines, type BulletRef, type LineRef } from './support/scope.js';
import { sentenceAt } from '../text/words.js';
import { classifyVerb } from '../text/verbs/classify.js';
import { plural } from './support/fix.js';

/** Nouns that take a roman numeral: "Phase I", "Level I", "Type I" — the "I" after them is never a pronoun. */
const NUMBERED_BEFORE =
  /(level|tier|phase|grade|type|class|part|chapter|series|stage|step|section|title|war|volume|vol\.?|book|unit|band|division|iteration|round)\s*$/i;
/** Job titles that take a level: "Engineer I at Acme", but "As an engineer I built…" is a pronoun. */
const TITLE_BEFORE =
  /(engineer|developer|analyst|associate|technician|specialist|scientist|manager|consultant|administrator|architect|programmer|designer|researcher|support|representative|sde|swe|it|pm|ii)\s*[,)]?\s*$/i;

export interface PronounHit {
  text: string;
  index: number;
}

/** First-person pronouns in a line: "I", "I'm", "my", "me", "myself" — not "I/O" or "Software Engineer I". */
export function firstPersonHits(line: string): PronounHit[] {
  const out: PronounHit[] = [];
  for (const m of line.matchAll(
    /(?<![\p{L}\p{N}/&.-])(I(?:['’](?:m|ve|d|ll))?|[Mm]y|me|[Mm]yself)(?![\p{L}\p{N}/&-])/gu,
  )) {
    const word = m[0];
    if (word === 'I') {
      const after = line.slice(m.index + 1);
      const before = line.slice(0, m.index);
      if (/^\.(?=\w)|^\s*[-–]\s*\d|^\+/.test(after)) continue; // "I.B.M.", "I-9"
      if (NUMBERED_BEFORE.test(before)) continue;
      const next = /^\s+([a-z][a-z'’-]*)/.exec(after)?.[1] ?? '';
      const verbAfter =
        next !== '' && (classifyVerb(next) !== null || /^(am|was|have|had|will|can|could|would|also|then)$/.test(next));
      if (TITLE_BEFORE.test(before) && !verbAfter) continue;
      // "Calc I Tutor": a capitalised word on both sides is a numbered name, not a pronoun.
      if (
        /[\p{Lu}][\p{L}.]*\s+$/u.test(before) &&
        /^\s+[\p{Lu}][\p{Ll}]/u.test(after) &&
        !/^\s+(Am|Was|Have|Had|Will)\b/.test(after)
      )
        continue;
      if (/[\p{Lu}][\p{L}]*\s+I{0,2}$/u.test(before) && /^\s*(?:[,)–—-]|$|at\b|in\b|\()/.test(after)) continue; // "Analyst I at …"
    }
    out.push({ text: word, index: m.index });
  }
  return out;
}

export const firstPerson: Rule = {
  id: 'first-person',
  description: 'First person ("I", "my", "me") in bullets or the summary.',
  why: 'Resumes are written without pronouns by convention; dropping them makes every line shorter and start with the action.',
  label: 'First person',
  askedAs: ['first person'],
  fix: (f) => `Drop "I", "my" and "me" (${plural(f.length, 'place')})`,
  bullet: { weak: true, rewrite: true, opening: true },
  check({ resume, role }) {
    const refs: Array<BulletRef | LineRef> = [...summaryLines(resume), ...bulletsOf(resume)];
    return refs.flatMap((ref) => {
      const hits = firstPersonHits(ref.text);
      if (hits.length === 0) return [];
      const isBullet = 'bulletIndex' in ref;
      // A bullet is one finding; a summary paragraph gets one per sentence, so every sentence to fix is quoted.
      const sentences = isBullet
        ? [{ hit: hits[0]!, evidence: ref.text }]
        : [...new Map(hits.map((h) => [sentenceAt(ref.text, h.index), h])).entries()].map(([evidence, hit]) => ({
            hit,
            evidence,
          }));
      return sentences.map(({ hit, evidence }) =>
        makeFinding(
          'first-person',
          {
            severity: 'low',
            message: `"${hit.text}" is first person; resumes leave the pronoun out.`,
            evidence,
            suggestion: isBullet
              ? 'Drop the pronoun and open with the verb: "I built X" → "Built X".'
              : `Rewrite without pronouns: "${role.voice.summary[0]}" → "${role.voice.summary[1]}".`,
          },
          at(ref),
        ),
      );
    });
  },
};
