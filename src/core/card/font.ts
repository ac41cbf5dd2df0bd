/**
 * The card's one typeface: Atkinson Hyperlegible (Braille Institute, OFL) from @fontsource, registered
 * explicitly under our own family names so no system font is ever picked. It is made for low-vision
 * readers (0/O, 1/l/I told apart), ships as two small WOFF2 subsets (Latin, Latin Extended) per weight, and
 * Skia loads WOFF2. A glyph neither subset has would render as a box: `drawable` tells the layout first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

const PACKAGE = '@fontsource/atkinson-hyperlegible';
const LATIN = 'RcCardLatin';
const LATIN_EXT = 'RcCardLatinExt';
const FAMILY = `${LATIN}, ${LATIN_EXT}`;

export type Weight = 400 | 700;

export interface FontSpec {
  size: number;
  weight: Weight;
}

const require = createRequire(import.meta.url);

/** A CSS font shorthand for the canvas: our families only. */
export function cssFont({ size, weight }: FontSpec): string {
  return `${weight} ${size}px ${FAMILY}`;
}

let registered = false;

/** Registers the four faces once per process; throws when a file is missing or unreadable. */
export function registerCardFont(): void {
  if (registered) return;
  for (const [alias, subset] of [
    [LATIN, 'latin'],
    [LATIN_EXT, 'latin-ext'],
  ] as const) {
    for (const weight of [400, 700] as const) {
      const file = require.resolve(`${PACKAGE}/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff2`);
      if (!GlobalFonts.registerFromPath(file, alias)) throw new Error(`card font not loaded: ${subset} ${weight}`);
    }
  }
  registered = true;
}

type Range = readonly [number, number];

function parseRanges(spec: string): Range[] {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const a = Number.parseInt(from ?? '', 16);
    return [a, to ? Number.parseInt(to, 16) : a] as const;
  });
}

let ranges: Range[] | null = null;

/** The code points the two subsets cover, from the package's own unicode.json. */
function coverage(): Range[] {
  if (ranges) return ranges;
  const json: unknown = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/unicode.json`), 'utf8'));
  const table = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  ranges = ['latin', 'latin-ext'].flatMap((k) => (typeof table[k] === 'string' ? parseRanges(table[k]) : []));
  return ranges;
}

/** Whether every character of `text` has a glyph in the card font. */
export function drawable(text: string): boolean {
  const covered = coverage();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!covered.some(([a, b]) => cp >= a && cp <= b)) return false;
  }
  return true;
}

/** `text` with characters the font lacks replaced by "?" (last resort; labels fall back to kind names). */
export function drawableText(text: string): string {
  if (drawable(text)) return text;
  return [...text].map((ch) => (drawable(ch) ? ch : '?')).join('');
}
