import { describe, expect, it } from 'vitest';
import { hopsBetweenColumns, pageReadingOrder, sidebarGutter } from '../../src/core/extract/column-order.js';
import { hoistNameBlock } from '../../src/core/extract/layout.js';
import { storedOrderLines, type TextItem } from '../../src/core/extract/pdf-lines.js';

/** A text item about 5.5 pt per character wide at 10 pt; each ends its stored line. */
function item(str: string, x: number, y: number, size = 10): TextItem {
  return { str, x, y, width: str.length * size * 0.55, size, hasEOL: true };
}

function column(lines: readonly string[], x: number, top: number, step = 14): TextItem[] {
  return lines.map((l, i) => item(l, x, top + i * step));
}

// A narrow sidebar (x 30–170) and a main column (x 220–560): synthetic text, no real resume.
const SIDE_A = ['EDUCATION', 'State University', 'B.S. Biology', 'Class of 2019', 'Dean list'];
const SIDE_B = ['SKILLS', 'Excel', 'Budgeting', 'Forecasting', 'Reporting'];
const MAIN_A = [
  'ABOUT ME',
  'Analyst with six years of planning work in retail',
  'and logistics, moving into controlling and reporting',
  'for a mid-sized manufacturer in the region',
  'with a focus on monthly close and forecasts',
];
const MAIN_B = [
  'EXPERIENCE',
  'Planning Analyst, Northwind Retail',
  'Built the monthly forecast used by twelve stores',
  'Cut the close from nine days to five days',
  'Trained four new analysts on the reporting pack',
];
const HEADER = [item('Dana Whitfield', 30, 40, 24), item('Controller | dana@example.com | +1 555 0100 0000', 30, 62)];

const texts = (items: readonly TextItem[]): string[] => pageReadingOrder(items).lines.map((l) => l.text);

describe('column-gutter reading order', () => {
  const sideA = column(SIDE_A, 30, 120);
  const mainA = column(MAIN_A, 220, 120);
  const sideB = column(SIDE_B, 30, 220);
  const mainB = column(MAIN_B, 220, 220);

  it('finds the whitespace gutter between a sidebar and the main column', () => {
    const gutter = sidebarGutter(storedOrderLines([...HEADER, ...sideA, ...sideB, ...mainA, ...mainB]));
    expect(gutter).not.toBeNull();
    expect(gutter).toBeGreaterThan(120);
    expect(gutter).toBeLessThan(220);
  });

  it('reads a page stored band by band as header, left column, then right column', () => {
    const result = pageReadingOrder([...HEADER, ...sideA, ...mainA, ...sideB, ...mainB]);
    expect(result.rebuilt).toBe(true);
    expect(result.columns).toBe(2);
    expect(result.lines.map((l) => l.text)).toEqual([
      ...HEADER.map((h) => h.str),
      ...SIDE_A,
      ...SIDE_B,
      ...MAIN_A,
      ...MAIN_B,
    ]);
  });

  it('keeps a stored order that already reads the left column, then the right', () => {
    const result = pageReadingOrder([...HEADER, ...sideA, ...sideB, ...mainA, ...mainB]);
    expect(result.rebuilt).toBe(false);
  });

  it('keeps a single column with right-aligned dates stored as lines of their own (a table, not a sidebar)', () => {
    const rows: TextItem[] = [];
    for (let entry = 0; entry < 6; entry += 1) {
      const top = 100 + entry * 70;
      rows.push(item(`Role ${entry}, Company ${entry}`, 40, top), item(`20${10 + entry} – 20${11 + entry}`, 480, top));
      rows.push(...column(['Ran the weekly planning meeting for the team', 'Kept the budget file'], 40, top + 14));
    }
    const result = pageReadingOrder(rows);
    expect(result.rebuilt).toBe(false);
    expect(result.lines.map((l) => l.text)).toEqual(storedOrderLines(rows).map((l) => l.text));
  });

  it('splits two headings drawn side by side on one baseline and stored as one line, when it rebuilds', () => {
    const headings = [{ ...item('ARBEIT', 220, 120), hasEOL: false }, item('BILDUNG', 30, 120)];
    const side = column([...SIDE_A.slice(1), ...SIDE_B], 30, 134);
    const main = column([...MAIN_A.slice(1), ...MAIN_B], 220, 134);
    const lines = texts([...HEADER, ...headings, ...main, ...side]);
    expect(lines).toContain('ARBEIT');
    expect(lines).toContain('BILDUNG');
    expect(lines.indexOf('BILDUNG')).toBeLessThan(lines.indexOf('State University'));
    expect(lines.indexOf('State University')).toBeLessThan(lines.indexOf('ARBEIT'));
  });

  it('puts the name set large at the top of the main column before a sidebar that starts lower', () => {
    const name = item('Dana Whitfield', 220, 40, 28);
    const result = texts([name, ...column(MAIN_A, 220, 80), ...column(SIDE_A, 30, 150), ...column(MAIN_B, 220, 160)]);
    expect(result[0]).toBe('Dana Whitfield');
    expect(result.slice(1, 1 + SIDE_A.length)).toEqual(SIDE_A);
  });
});

describe('hopsBetweenColumns', () => {
  const lines = (sides: string): ReturnType<typeof storedOrderLines> =>
    storedOrderLines([...sides].map((s, i) => item(`line ${i}`, s === 'L' ? 30 : 300, 100 + i * 14)));

  it('tolerates a stray line or two, not a column read in pieces', () => {
    expect(hopsBetweenColumns(lines('LLLLLRLLLLRRRRR'), 200)).toBe(false);
    expect(hopsBetweenColumns(lines('LLLLRRRRLLLLRRRR'), 200)).toBe(true);
  });

  it('counts the right column read first as a hop', () => {
    expect(hopsBetweenColumns(lines('RRRRRLLLLL'), 200)).toBe(true);
  });
});

describe('hoistNameBlock', () => {
  it('leaves the order alone when the top line is one of several lines of its size (headings)', () => {
    const page = storedOrderLines([
      item('SKILLS', 30, 40, 18),
      item('Excel', 30, 60),
      item('Budgeting', 30, 74),
      item('Profile', 300, 39, 18),
      item('Analyst with six years in planning', 300, 60),
    ]);
    expect(hoistNameBlock(page).map((l) => l.text)).toEqual(page.map((l) => l.text));
  });

  it('leaves the order alone when the largest line is not the topmost one', () => {
    const page = storedOrderLines([item('Left top', 30, 40), item('Banner Title', 300, 120, 26), item('Body', 30, 60)]);
    expect(hoistNameBlock(page).map((l) => l.text)).toEqual(page.map((l) => l.text));
  });
});
