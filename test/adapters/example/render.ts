/** ReplyMessage → the platform's plain-text messages, split (never truncated) within its limit. */
import { renderMessage } from '../../../src/core/reply/render-text.js';
import type { ReplyMessage } from '../../../src/core/reply/types.js';

/** The platform's limits, beside the renderer that respects them. */
export const EXAMPLE_LIMITS = { messageChars: 1_000, downloadBytes: 10_000_000 } as const;

export function renderExample(message: ReplyMessage, maxChars: number = EXAMPLE_LIMITS.messageChars): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of renderMessage(message).split('\n')) {
    // A line longer than a whole message is cut into pieces of exactly the limit.
    for (let rest = line; ; rest = rest.slice(maxChars)) {
      const piece = rest.slice(0, maxChars);
      if (current !== '' && current.length + 1 + piece.length > maxChars) {
        parts.push(current);
        current = piece;
      } else current = current === '' ? piece : `${current}\n${piece}`;
      if (rest.length <= maxChars) break;
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}
