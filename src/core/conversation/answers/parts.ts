/**
 * Questions with several asks in one message ("rewrite the tableau bullet and also should I remove the
 * personal details", "do I list both degrees? also is my profile ok"): the parts, and one reply that
 * answers each in turn.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';

/** Where one ask ends and the next begins: "? also", "and also", "; ", "… and what/how/should …". */
const BOUNDARY =
  /\?\s+(?:and\s+|also[,\s]+|plus\s+)?|\s*;\s+|\s+and also\s+|[.,]\s+also[,\s]+|\s+also,\s+|,?\s+and (?=(?:what|how|should|is|are|can|could|do|does|why|where|which|would)\b)/gi;

const MIN_WORDS = 2;

/** The parts of a question; one part when it has a single ask, quotes a line, or pastes one on its own line. */
export function questionParts(text: string): string[] {
  const q = text.trim();
  if (/["“”]/.test(q) || /\n/.test(q) || /:\s*\S/.test(q)) return [q];
  const parts = q
    .split(BOUNDARY)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > 3) return [q];
  if (parts.some((p) => p.split(/\s+/).length < MIN_WORDS)) return [q];
  return parts;
}

/** One reply from the answers to each part: the first as it is, the others under their own heading. */
export function joinParts(answers: readonly ReplyMessage[]): ReplyMessage {
  const [first, ...rest] = answers;
  const blocks: Block[] = [...first!.blocks];
  for (const a of rest) blocks.push({ type: 'divider' }, { type: 'heading', text: a.title }, ...a.blocks);
  return {
    ...first!,
    title: answers.map((a) => a.title).join(' · '),
    blocks,
  };
}
