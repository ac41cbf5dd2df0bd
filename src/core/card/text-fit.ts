/** Making text fit a box: shrink the font down to a floor, then cut at a word with an ellipsis. */
import type { FontSpec, Weight } from './font.js';

export type Measure = (text: string, font: FontSpec) => number;

export interface FittedLine {
  text: string;
  font: FontSpec;
  width: number;
}

const ELLIPSIS = '…';

/** The longest start of `text` that fits with an ellipsis (cut at a word when one is near). */
export function ellipsize(text: string, maxWidth: number, font: FontSpec, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const head = chars.slice(0, lo).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= head.length * 0.6 ? head.slice(0, space) : head;
  const out = cut.trimEnd().replace(/[\s,;:.\-–—]+$/u, '');
  return out ? out + ELLIPSIS : measure(ELLIPSIS, font) <= maxWidth ? ELLIPSIS : '';
}

/** One line: the largest size from `size` down to `minSize` at which it fits, else ellipsized at `minSize`. */
export function fitLine(
  text: string,
  maxWidth: number,
  { size, minSize = size, weight }: { size: number; minSize?: number; weight: Weight },
  measure: Measure,
): FittedLine {
  for (let s = size; s >= minSize; s -= 1) {
    const font = { size: s, weight };
    const width = measure(text, font);
    if (width <= maxWidth) return { text, font, width };
  }
  const font = { size: minSize, weight };
  const cut = ellipsize(text, maxWidth, font, measure);
  return { text: cut, font, width: measure(cut, font) };
}

/** Greedy word wrap into at most `maxLines` lines; the last one is ellipsized if text remains. */
export function wrapLines(
  text: string,
  maxWidth: number,
  maxLines: number,
  font: FontSpec,
  measure: Measure,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, font) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    // The last line takes what is left (ellipsized below).
    if (lines.length === maxLines - 1) break;
    lines.push(current);
    current = word;
  }
  const rest = [current, ...words.slice(i)].filter(Boolean).join(' ');
  if (rest) lines.push(ellipsize(rest, maxWidth, font, measure));
  return lines.map((l) => (measure(l, font) <= maxWidth ? l : ellipsize(l, maxWidth, font, measure)));
}

/** Wrapped text at the largest size (down to `minSize`) that needs no ellipsis, else wrapped at `minSize`. */
export function fitBlock(
  text: string,
  maxWidth: number,
  maxLines: number,
  { size, minSize, weight }: { size: number; minSize: number; weight: Weight },
  measure: Measure,
): { lines: string[]; font: FontSpec } {
  for (let s = size; s >= minSize; s -= 1) {
    const font = { size: s, weight };
    const lines = wrapLines(text, maxWidth, maxLines, font, measure);
    if (lines.join(' ') === text.split(/\s+/).filter(Boolean).join(' ')) return { lines, font };
  }
  const font = { size: minSize, weight };
  return { lines: wrapLines(text, maxWidth, maxLines, font, measure), font };
}
