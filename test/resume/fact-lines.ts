import type { LineFacts } from '../../src/core/extract/line-facts.js';
import { isAllCaps } from '../../src/core/extract/line-facts.js';
import type { Line } from '../../src/core/resume/lines.js';
import { splitSections } from '../../src/core/resume/sections.js';

/** Synthetic lines with layout facts: no PDF, no real resume. */
export interface Spec {
  text: string;
  font?: string;
  size?: number;
  gap?: number | null;
  x?: number;
  bullet?: boolean;
}

export const BODY = { font: 'f1', size: 10 };
export const HEAD = { font: 'f2', size: 14 };

export function toLines(specs: readonly Spec[]): Line[] {
  let y = 40;
  return specs.map((s, index) => {
    const size = s.size ?? BODY.size;
    const gap = s.gap === undefined ? 1 : s.gap;
    y += (gap ?? 1) * 12;
    const facts: LineFacts = {
      page: 1,
      x: s.x ?? 40,
      y,
      width: s.text.length * size * 0.5,
      size,
      font: s.font ?? BODY.font,
      bold: null,
      italic: null,
      caps: isAllCaps(s.text),
      letterSpaced: false,
      gapAbove: gap,
      rule: null,
    };
    return { index, raw: s.text, text: s.text, bullet: s.bullet ?? false, blankBefore: false, facts };
  });
}

export const body = (...texts: string[]): Spec[] => texts.map((text) => ({ text }));
export const head = (text: string): Spec => ({ text, ...HEAD, gap: 2 });
export const kinds = (specs: readonly Spec[]): string[] => splitSections(toLines(specs)).map((d) => d.kind);
