/** Pieces both card layouts use: fitted text, score bars, the left panel's frame. */
import type { Weight } from './font.js';
import type { Box, Op } from './ops.js';
import { PALETTE, bandOf } from './palette.js';
import { fitLine, type Measure } from './text-fit.js';

export const PAD = 40;
export const PANEL_WIDTH = 400;
/** Where the right-hand column starts and how wide it is. */
export const RIGHT_X = PANEL_WIDTH + PAD;

export interface TextSpec {
  text: string;
  box: Box;
  size: number;
  minSize?: number;
  weight?: Weight;
  color?: string;
  align?: 'left' | 'right' | 'center';
  role: string;
}

/** One fitted line of text in its box; returns the op (already pushed) so callers can use its width. */
export function pushText(ops: Op[], spec: TextSpec, measure: Measure): Extract<Op, { op: 'text' }> {
  const fitted = fitLine(
    spec.text,
    spec.box.w,
    { size: spec.size, minSize: spec.minSize ?? spec.size, weight: spec.weight ?? 400 },
    measure,
  );
  const op = {
    op: 'text' as const,
    ...spec.box,
    text: fitted.text,
    font: fitted.font,
    width: fitted.width,
    color: spec.color ?? PALETTE.ink,
    align: spec.align ?? 'left',
    role: spec.role,
  };
  ops.push(op);
  return op;
}

export const BAR_FILL = { strong: PALETTE.strong, fair: PALETTE.fair, weak: PALETTE.weak } as const;

/** A 0–100 bar: an outlined track, a fill by band, hatched when weak. */
export function pushBar(ops: Op[], box: Box, score: number): void {
  ops.push({ op: 'rect', ...box, fill: PALETTE.track, stroke: PALETTE.trackLine, lineWidth: 1, radius: 3 });
  const w = Math.round((box.w * Math.max(0, Math.min(100, score))) / 100);
  if (w <= 0) return;
  const band = bandOf(score);
  ops.push({
    op: 'rect',
    x: box.x,
    y: box.y,
    w,
    h: box.h,
    fill: BAR_FILL[band],
    radius: 3,
    ...(band === 'weak' ? { hatch: PALETTE.hatch } : {}),
  });
}

/** An empty bar with a dashed outline and a word inside ("missing", "not scored"). */
export function pushEmptyBar(ops: Op[], box: Box, word: string, measure: Measure): void {
  ops.push({ op: 'rect', ...box, fill: null, stroke: PALETTE.missing, lineWidth: 2, dashed: true, radius: 3 });
  const size = Math.max(12, Math.min(18, Math.round(box.h * 0.8)));
  pushText(
    ops,
    {
      text: word,
      box: { x: box.x + 8, y: box.y, w: Math.max(0, box.w - 16), h: box.h },
      size,
      minSize: 12,
      weight: 700,
      color: PALETTE.missing,
      role: 'bar-word',
    },
    measure,
  );
}

/** The navy panel on the left, with a small footer line. */
export function pushPanel(ops: Op[], height: number, footer: string, measure: Measure): void {
  ops.push({ op: 'rect', x: 0, y: 0, w: PANEL_WIDTH, h: height, fill: PALETTE.panel });
  pushText(
    ops,
    {
      text: footer,
      box: { x: PAD, y: height - PAD - 24, w: PANEL_WIDTH - 2 * PAD, h: 24 },
      size: 18,
      color: PALETTE.onPanelMuted,
      role: 'footer',
    },
    measure,
  );
}

/** A small upper-case heading. */
export function pushHeading(ops: Op[], text: string, box: Box, measure: Measure, color: string = PALETTE.muted): void {
  pushText(ops, { text: text.toUpperCase(), box, size: 18, minSize: 14, weight: 700, color, role: 'heading' }, measure);
}

/** How many rows of `minRow` fit in `height`, and how tall each row then is (capped at `maxRow`). */
export function rowsIn(height: number, count: number, minRow: number, maxRow: number): { rows: number; row: number } {
  const rows = Math.min(count, Math.max(1, Math.floor(height / minRow)));
  return { rows, row: Math.min(maxRow, Math.floor(height / Math.max(1, rows))) };
}
