/**
 * A card's layout as a list of drawing operations: plain data, so tests can check that every text fits
 * its box and stays on the canvas without drawing anything, and draw.ts is the only code that paints.
 */
import type { FontSpec } from './font.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Icon = 'check' | 'cross' | 'up' | 'down' | 'same' | 'open' | 'plus';

export type Op =
  | ({
      op: 'rect';
      fill: string | null;
      stroke?: string;
      lineWidth?: number;
      dashed?: boolean;
      radius?: number;
      /** Diagonal stripes over the fill: marks weak scores without relying on colour. */
      hatch?: string;
    } & Box)
  /** Text inside `box`, vertically centred on it; `width` is its measured width (≤ box.w). */
  | ({
      op: 'text';
      text: string;
      font: FontSpec;
      color: string;
      align: 'left' | 'right' | 'center';
      width: number;
      /** What the text stands for, for tests: 'score', 'section', 'fix', … */
      role: string;
    } & Box)
  | { op: 'icon'; icon: Icon; x: number; y: number; size: number; color: string };
