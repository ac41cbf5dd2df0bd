import { normaliseUrl } from './links.js';
import type { ExtractedLink } from './types.js';

export interface PlainText {
  lines: string[];
  links: ExtractedLink[];
}

const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/; // --- *** ___ (also setext underlines with ---)
const SETEXT = /^\s{0,3}=+\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?(.*)$/;
const QUOTE = /^\s{0,3}>\s?/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Inline markdown → plain text, collecting [text](url) links. Very long lines are left as they are. */
function stripInline(line: string, links: ExtractedLink[]): string {
  if (line.length > 2_000) return line;
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, text: string, url: string) => {
      const target = normaliseUrl(url);
      if (target) links.push({ text, url: target, page: null });
      return text;
    })
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
}

/**
 * Pasted text, possibly Markdown (what people paste in chat): headings lose their #, list items become
 * "• item" like bullets in PDFs, emphasis and link syntax go, table rows become "a | b".
 */
export function markdownToLines(text: string): PlainText {
  const links: ExtractedLink[] = [];
  const lines: string[] = [];
  let inFence = false;
  for (const raw of text.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(raw);
      continue;
    }
    if (RULE.test(raw) || SETEXT.test(raw) || TABLE_SEPARATOR.test(raw)) continue;
    let line = raw.replace(QUOTE, '');
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    if (heading) line = heading[1] ?? '';
    else if (bullet) line = `• ${bullet[1] ?? ''}`;
    else if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
        .join(' | ');
    }
    lines.push(stripInline(line, links));
  }
  return { lines, links };
}
