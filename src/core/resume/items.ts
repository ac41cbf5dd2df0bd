import type { Line } from './lines.js';
import { fullLineLength } from './prose.js';

const CLOSED_RE = /[.!?:;]["”')]?$/u;

/**
 * Items of a list section: one per bullet or line, wrapped lines joined (a line continues the previous
 * one when it starts in lower case or the previous one ends with a comma or runs to full width),
 * inline bullets ("• A • B") and column cells split.
 */
export function parseItems(lines: readonly Line[], full = fullLineLength(lines.map((l) => l.text))): string[] {
  const items: string[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const cells = line.text
      .split(/\t|\s+[•·▪]\s+/u)
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    const last = items[items.length - 1];
    const continues =
      prev !== undefined &&
      last !== undefined &&
      !line.bullet &&
      cells.length === 1 &&
      (/^[\p{Ll}(&]/u.test(line.text) ||
        /[,&/]$/u.test(last) ||
        (!CLOSED_RE.test(prev.text) && prev.text.length >= 0.8 * full && !/:/u.test(line.text)));
    if (continues) {
      items[items.length - 1] = /\p{L}-$/u.test(last) ? `${last.slice(0, -1)}${line.text}` : `${last} ${line.text}`;
    } else {
      items.push(...cells);
    }
    prev = line;
  }
  return items;
}
