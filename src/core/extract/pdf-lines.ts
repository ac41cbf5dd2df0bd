/** Positioned text as pdf.js reports it, in top-down page coordinates (y grows downwards, at the baseline). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  hasEOL: boolean;
  /** pdf.js's document-local font id ("g_d0_f3"), when known. */
  font?: string;
  /** The item opens a new piece of its row whatever the gap before it (OCR: a column gap inside a read line). */
  breakBefore?: boolean;
}

/** A visual line (or a piece of one), with its box. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The font most of the line's characters are drawn in (pdf.js's document-local id), when known. */
  font: string | null;
}

const LETTER_SPACED = /^(?:\S ){2,}\S$/;

/** Two baselines belong to the same line when closer than this (superscripts stay, stacked lines split). */
export function sameLineTolerance(a: number, b: number): number {
  return 0.6 * Math.max(1, Math.min(a, b));
}

/** The separator to put between two pieces of text on one line, from the horizontal gap between them. */
export function joiner(prev: { str: string; x1: number }, next: { str: string; x: number }, size: number): string {
  if (/\s$/.test(prev.str) || /^\s/.test(next.str)) return '';
  if (LETTER_SPACED.test(prev.str.trim()) && LETTER_SPACED.test(next.str.trim())) return '  ';
  const gap = next.x - prev.x1;
  if (gap > Math.max(2.5 * size, 18)) return '\t';
  if (gap > 0.18 * size || gap < -size) return ' ';
  return '';
}

class LineBuilder {
  private text = '';
  private x0 = Infinity;
  private x1 = -Infinity;
  private y = 0;
  private size = 0;
  private last: { str: string; x1: number } | null = null;
  private fonts: Map<string, number> | null = null;

  get isEmpty(): boolean {
    return this.last === null;
  }

  get baseline(): number {
    return this.y;
  }

  get fontSize(): number {
    return this.size;
  }

  /** Left and right edges of the visible text so far. */
  get left(): number {
    return this.x0;
  }

  get right(): number {
    return this.x1;
  }

  add(item: TextItem): void {
    if (this.last === null) {
      this.y = item.y;
      this.size = item.size;
    } else {
      this.text += joiner(this.last, item, Math.max(this.size, item.size));
    }
    this.text += item.str;
    // Whitespace-only items (pdf.js word spaces) have no height: they never set the line's size.
    if (item.str.trim().length > 0) {
      this.x0 = Math.min(this.x0, item.x);
      this.x1 = Math.max(this.x1, item.x + item.width);
      this.size = Math.max(this.size, item.size);
      if (item.font !== undefined) {
        this.fonts ??= new Map();
        this.fonts.set(item.font, (this.fonts.get(item.font) ?? 0) + item.str.length);
      }
    }
    this.last = { str: item.str, x1: item.x + item.width };
  }

  build(): Line | null {
    const text = this.text.trim();
    if (text.length === 0 || !Number.isFinite(this.x0)) return null;
    return { text, x0: this.x0, x1: this.x1, y: this.y, size: this.size, font: this.dominantFont() };
  }

  private dominantFont(): string | null {
    if (this.fonts === null) return null;
    let best: string | null = null;
    let most = 0;
    for (const [font, chars] of this.fonts) {
      if (chars > most) {
        best = font;
        most = chars;
      }
    }
    return best;
  }
}

/**
 * Lines in the order the file stores its text (what pdf-parse's getText gives): a new line on pdf.js's
 * end-of-line flag or when the baseline moves, and, given a column gutter's x, where the text crosses it.
 */
export function storedOrderLines(items: readonly TextItem[], gutter: number | null = null): Line[] {
  const lines: Line[] = [];
  let current = new LineBuilder();
  let breakNext = false;
  const flush = (): void => {
    const line = current.build();
    if (line) lines.push(line);
    current = new LineBuilder();
  };
  for (const item of items) {
    const moved =
      !current.isEmpty &&
      item.str.trim().length > 0 &&
      Math.abs(item.y - current.baseline) > sameLineTolerance(item.size, current.fontSize);
    // With a column gutter known, text on its other side starts a line of its own.
    const across =
      gutter !== null &&
      !current.isEmpty &&
      item.str.trim().length > 0 &&
      ((current.right <= gutter && item.x >= gutter) || (current.left >= gutter && item.x + item.width <= gutter));
    if (breakNext || moved || across) flush();
    breakNext = false;
    if (item.str.length > 0) current.add(item);
    if (item.hasEOL) breakNext = !current.isEmpty;
  }
  flush();
  return lines;
}

/** Joins positioned pieces that share a baseline into one line, left to right. */
export function joinRow(pieces: readonly TextItem[]): Line | null {
  const builder = new LineBuilder();
  for (const piece of [...pieces].sort((a, b) => a.x - b.x)) builder.add(piece);
  return builder.build();
}
