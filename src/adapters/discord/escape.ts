/**
 * Escapes Discord markdown in user text (resume lines, titles) so it renders literally. A backslash before
 * every ASCII punctuation mark is consumed by Discord's parser, so over-escaping is invisible; URLs are left alone
 * because an escape inside one ends up in the link.
 */
const URL_PATTERN = /(https?:\/\/[^\s<>]+)/g;
/** Inline markup anywhere: emphasis, underline, strike, spoiler, code, masked links, mentions/emoji/timestamps. */
const INLINE = /([\\*_~`|[\]<])/g;
/** Block markup at the start of a line: quotes, headings, subtext, bullets, numbered lists. */
const LINE_START = /^(\s*)(>|#{1,3}\s|-#\s|[-+]\s)/;
const NUMBERED = /^(\s*\d+)([.)]\s)/;

function escapeSegment(text: string): string {
  return text.replace(INLINE, '\\$1');
}

function escapeLine(line: string): string {
  const parts = line.split(URL_PATTERN);
  const escaped = parts.map((part, i) => (i % 2 === 1 ? part : escapeSegment(part))).join('');
  return escaped
    .replace(LINE_START, (_m, space: string, marker: string) => `${space}\\${marker}`)
    .replace(NUMBERED, (_m, number: string, marker: string) => `${number}\\${marker}`);
}

export function escapeMarkdown(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}
