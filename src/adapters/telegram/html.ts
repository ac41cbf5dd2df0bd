/** Telegram HTML parse mode helpers: escaping and measuring. Pure functions. */

/** Escapes the three characters Telegram's HTML parser treats specially. Apply to every piece of user text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ENTITY_VALUES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

/** The text Telegram keeps after parsing the HTML entities out (tags dropped, named entities decoded). */
export function htmlToPlainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|amp|quot);/g, (entity) => ENTITY_VALUES[entity] ?? entity);
}

/** Characters Telegram counts against its limits: UTF-16 code units (never fewer than code points). */
export function telegramTextLength(html: string): number {
  return htmlToPlainText(html).length;
}
