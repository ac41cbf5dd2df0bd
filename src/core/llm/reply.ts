/**
 * The model's reply, validated: one JSON object {items: [{id, text}], used: [ids]}, with exactly the item
 * ids it was given (each at most once) and only known ids in "used". Anything else is malformed. Code
 * fences and text around the object are tolerated (small local models add them).
 */
import { z } from 'zod';

const replySchema = z.object({
  items: z.array(z.object({ id: z.string().max(20), text: z.string().max(4000) })).max(60),
  used: z.array(z.string().max(20)).max(200).optional(),
});

export type ModelReply = { items: Map<string, string>; used: string[] };

function jsonObjectIn(content: string): unknown {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  try {
    return JSON.parse(content.slice(start, end + 1));
  } catch {
    return null;
  }
}

export function parseModelReply(
  content: string,
  itemIds: readonly string[],
  knownIds: ReadonlySet<string>,
): ModelReply | null {
  const parsed = replySchema.safeParse(jsonObjectIn(content));
  if (!parsed.success) return null;
  const wanted = new Set(itemIds);
  const items = new Map<string, string>();
  for (const { id, text } of parsed.data.items) {
    if (!wanted.has(id) || items.has(id)) return null;
    items.set(id, text);
  }
  // Every item answered: a reply that skips one did not follow the format.
  if (items.size !== wanted.size) return null;
  const used = parsed.data.used ?? [];
  if (used.some((id) => !knownIds.has(id))) return null;
  return { items, used };
}
