import type { Rule } from './types.js';
import { hasMetric } from '../text/metrics.js';
import {
  at,
  bulletsOf,
  headlineLines,
  makeFinding,
  summaryLines,
  type LineRef,
  type BulletRef,
} from './support/scope.js';
import { findPhrases, phrasePattern } from '../text/phrases.js';
import { sentenceAt } from '../text/words.js';

/** Self-descriptions that no line of a resume can back up: always flagged. */
const ALWAYS = [
  'passionate',
  'results-driven',
  'results driven',
  'results-oriented',
  'team player',
  'hard-working',
  'hardworking',
  'hard working',
  'detail-oriented',
  'detail oriented',
  'self-starter',
  'self starter',
  'go-getter',
  'highly motivated',
  'self-motivated',
  'fast learner',
  'quick learner',
  'goal-oriented',
  'rockstar',
  'rock star',
  'ninja',
  'guru',
  'think outside the box',
  'dynamic individual',
  'synergy',
];

/** Claims that are fine when a number backs them up in the same sentence. */
const UNLESS_EVIDENCED = [
  'excellent communication',
  'excellent communication skills',
  'strong communication skills',
  'proven track record',
  'extensive experience',
  'deep expertise',
  'world-class',
  'best-in-class',
  'cutting-edge',
  'state-of-the-art',
  'highly scalable',
  'scalable',
  'robust',
  'high-performance',
  'high-performing',
  'seamless',
  'innovative',
  'expert in',
  'excellent problem-solving',
];

/** "strong backend experience", "strong Java skills", "excellent leadership skills". */
const STRONG_X =
  /(?<![\p{L}])(strong|excellent|exceptional|outstanding|solid)\s+(?:[\p{L}+#./-]+\s+){0,2}?(experience|skills|background|knowledge|abilities|expertise)(?![\p{L}])/giu;

interface Hit {
  text: string;
  index: number;
}

export function vagueClaims(line: string): Hit[] {
  const hits: Hit[] = findPhrases(line, ALWAYS).map((h) => ({ text: h.text, index: h.index }));
  const conditional: Hit[] = findPhrases(line, UNLESS_EVIDENCED).map((h) => ({ text: h.text, index: h.index }));
  if (/strong|excellent|exceptional|outstanding|solid/i.test(line)) {
    for (const m of line.matchAll(STRONG_X)) conditional.push({ text: m[0], index: m.index });
  }
  for (const h of conditional) {
    if (hits.some((x) => h.index < x.index + x.text.length && x.index < h.index + h.text.length)) continue;
    if (hasMetric(sentenceAt(line, h.index))) continue;
    hits.push(h);
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Skills lists get only the personality words ("team player"), never technical terms. */
const SOFT = ALWAYS.map((p) => phrasePattern(p, 'iu'));

export const vagueClaim: Rule = {
  id: 'vague-claim',
  description:
    'Self-praise with no proof: "passionate", "team player", "strong backend experience", "robust" with no number.',
  why: 'Everyone describes themselves this way, so reviewers skip it; one concrete result says more than any adjective.',
  label: 'Claim without proof',
  askedAs: ['vague claim', 'vague claims', 'buzzwords', 'buzzword'],
  fix: () => 'Replace self-praise ("passionate", "strong experience") with a line of proof',
  bullet: { notProof: true },
  check({ resume }) {
    const refs: Array<LineRef | BulletRef> = [...headlineLines(resume), ...summaryLines(resume), ...bulletsOf(resume)];
    const out = refs.flatMap((ref) =>
      vagueClaims(ref.text).map((h) =>
        makeFinding(
          'vague-claim',
          {
            severity: 'medium',
            message: `"${h.text}" is a claim a reader cannot check; show it with a result instead.`,
            evidence: h.text,
            suggestion:
              'Replace the adjective with the fact behind it: what you built, for whom, and a number that shows the result.',
          },
          at(ref),
        ),
      ),
    );
    resume.sections.forEach((section, sectionIndex) => {
      if (section.kind !== 'skills') return;
      for (const item of section.items) {
        for (const re of SOFT) {
          const m = re.exec(item);
          if (m) {
            out.push(
              makeFinding(
                'vague-claim',
                {
                  severity: 'low',
                  message: `"${m[0]}" in a skills list is a self-description, not a skill a reviewer can check.`,
                  evidence: m[0],
                  suggestion:
                    'Drop it from the skills list and show it through a bullet (e.g. a cross-team project with its result).',
                },
                { sectionIndex },
              ),
            );
          }
        }
      }
    });
    return out;
  },
};
