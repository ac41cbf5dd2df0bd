/**
 * "which is my strongest bullet": the user's own lines ranked as a reviewer would read them — a result
 * with a number and nothing flagged first — so they know what to lead with and what to model the rest on.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { type BulletRef, bulletsOf, entryLabel, findingsOnBullet } from './outline.js';
import { hasNumber, WEAK_BULLET_RULES } from './rewrites.js';
import { answer, type ReportView } from './view.js';

interface Ranked {
  ref: BulletRef;
  score: number;
  measured: boolean;
  flagged: number;
}

function rank(report: ReportView): Ranked[] {
  return bulletsOf(report)
    .map((ref, i) => {
      const flagged = findingsOnBullet(report, ref).filter((f) => WEAK_BULLET_RULES.has(f.rule)).length;
      const measured = hasNumber(ref.text);
      // A number outweighs everything; each weakness costs; page order breaks ties (newest work is on top).
      return { ref, measured, flagged, score: (measured ? 3 : 0) - flagged - i * 0.001 };
    })
    .sort((a, b) => b.score - a.score);
}

export function strongestAnswer(report: ReportView): ReplyMessage {
  const ranked = rank(report);
  if (ranked.length === 0)
    return answer('Your strongest lines', [
      {
        type: 'paragraph',
        text: 'I found no bullets under your jobs or projects to rank. Put each thing you did on its own line under the role it belongs to, then ask again.',
      },
    ]);
  const top = ranked.slice(0, 3);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: top.some((r) => r.measured)
        ? 'Your strongest lines, best first: each says what you did and carries a result with a number.'
        : 'None of your lines has a number yet, so none is strong on its own; these read best as they stand:',
    },
  ];
  for (const r of top) {
    const entry = report.sections[r.ref.section]?.entries?.[r.ref.entry];
    blocks.push({ type: 'quote', text: r.ref.text });
    blocks.push({
      type: 'context',
      text: `${entry ? `${entryLabel(entry)}. ` : ''}${r.measured ? 'Has a measurable result' : 'No number yet'}${r.flagged > 0 ? `, but ${r.flagged} thing${r.flagged === 1 ? '' : 's'} to fix` : ', nothing flagged'}.`,
    });
  }
  blocks.push({
    type: 'paragraph',
    text: 'Lead each entry with its best line like these, and model the weaker ones on them: action, what changed, by how much.',
  });
  return answer('Your strongest lines', blocks);
}
