/** Discord's message limits as the real API enforces them (a 400 when passed), for the fake to apply. */
import type { Json } from './discord-fixtures.js';

const LIMITS = {
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  total: 6000,
  footer: 2048,
  content: 2000,
};

/** What Discord would reject with a 400 (the same limits the renderer promises to respect). */
export function limitViolations(body: unknown): string[] {
  const problems: string[] = [];
  const b = (body ?? {}) as { content?: string; embeds?: Json[] };
  if ((b.content?.length ?? 0) > LIMITS.content) problems.push('content');
  const embeds = b.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push('embeds');
  let total = 0;
  for (const e of embeds) {
    const title = String(e.title ?? '');
    const description = String(e.description ?? '');
    const footer = String((e.footer as Json | undefined)?.text ?? '');
    const fields = (e.fields as { name: string; value: string }[] | undefined) ?? [];
    if (title.length > LIMITS.title) problems.push('title');
    if (description.length > LIMITS.description) problems.push('description');
    if (footer.length > LIMITS.footer) problems.push('footer');
    if (fields.length > LIMITS.fields) problems.push('fields');
    for (const f of fields) {
      if (f.name.length > LIMITS.fieldName || f.name.length === 0) problems.push('field name');
      if (f.value.length > LIMITS.fieldValue || f.value.length === 0) problems.push('field value');
    }
    if (!title && !description && fields.length === 0) problems.push('empty embed');
    total +=
      title.length +
      description.length +
      footer.length +
      fields.reduce((s, f) => s + f.name.length + f.value.length, 0);
  }
  if (total > LIMITS.total) problems.push('total');
  return problems;
}
