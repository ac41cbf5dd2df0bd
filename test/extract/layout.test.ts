import { describe, expect, it } from 'vitest';
import { layoutLines } from '../../src/core/extract/layout.js';
import { backfills, isStoredOrderBroken, upwardJumps } from '../../src/core/extract/order-check.js';
import { storedOrderLines, type TextItem } from '../../src/core/extract/pdf-lines.js';

/** A text item about 5.5 pt per character wide at 10 pt. */
function item(str: string, x: number, y: number, size = 10, hasEOL = false): TextItem {
  return { str, x, y, width: str.length * size * 0.55, size, hasEOL };
}

function column(lines: readonly string[], x: number, top: number, step = 14): TextItem[] {
  return lines.map((l, i) => item(l, x, top + i * step));
}

const LEFT = [
  'SKILLS',
  'Go, Java, Python',
  'PostgreSQL, Redis',
  'EDUCATION',
  'B.S. Computer Science',
  'State University',
];
const RIGHT = [
  'EXPERIENCE',
  'Software Engineer, Orderly',
  'Built the ordering API',
  'Cut p99 latency by 70%',
  'PROJECTS',
  'Ledger service',
];

describe('storedOrderLines', () => {
  it('breaks lines on end-of-line flags and baseline moves, and joins pieces with the right separator', () => {
    const items = [
      item('Software', 50, 100),
      item(' ', 94, 100),
      item('Engineer', 97.5, 100),
      item('Jan 2020 – Present', 450, 100, 10, true),
      item('Built', 50, 114),
      item('the API', 80, 114),
    ];
    expect(storedOrderLines(items).map((l) => l.text)).toEqual([
      'Software Engineer\tJan 2020 – Present',
      'Built the API',
    ]);
  });

  it('puts a big name and a small title on separate lines even when no end-of-line flag separates them', () => {
    const items = [item('Derek Thomas', 200, 40, 32), item('AI Solutions Architect', 220, 52, 7.6)];
    expect(storedOrderLines(items).map((l) => l.text)).toEqual(['Derek Thomas', 'AI Solutions Architect']);
  });

  it('keeps word gaps between letter-spaced pieces', () => {
    const items = [item('P R O D U C T', 60, 100), item('D E S I G N E R', 135, 100)];
    expect(storedOrderLines(items)[0]?.text).toBe('P R O D U C T  D E S I G N E R');
  });
});

describe('reading order', () => {
  const header = [item('Jordan Avery', 50, 40, 18), item('Backend Engineer', 50, 62)];
  const left = column(LEFT, 50, 100);
  const right = column(RIGHT, 330, 100);

  it('sees nothing wrong with a single column or with one column after the other', () => {
    const single = storedOrderLines([...header, ...column([...LEFT, ...RIGHT], 50, 100)]);
    expect(isStoredOrderBroken(single)).toBe(false);
    const columns = storedOrderLines([...header, ...left, ...right]);
    expect(upwardJumps(columns)).toBe(0);
    expect(isStoredOrderBroken(columns)).toBe(false);
  });

  it('spots headings written after their sections', () => {
    const headingsLast = [...header, ...left, ...right].sort(
      (a, b) => Number(/^[A-Z]+$/.test(a.str)) - Number(/^[A-Z]+$/.test(b.str)),
    );
    const lines = storedOrderLines(headingsLast);
    expect(backfills(lines)).toBeGreaterThanOrEqual(3);
    expect(isStoredOrderBroken(lines)).toBe(true);
  });

  it('rebuilds header, then the left column, then the right one', () => {
    const scrambled = [...right.slice(3), ...left.slice(2), ...header, ...right.slice(0, 3), ...left.slice(0, 2)];
    const { lines, columns } = layoutLines(scrambled);
    expect(lines.map((l) => l.text)).toEqual(['Jordan Avery', 'Backend Engineer', ...LEFT, ...RIGHT]);
    expect(columns).toBe(2);
  });

  it('keeps a right-aligned date on its title line instead of making it a column', () => {
    const rows = [
      item('Universiti Teknologi MARA, Jasin', 36, 100),
      item('October 2024 - Present', 440, 100.7),
      item('Diploma in Computer Science, CGPA: 3.76', 40, 114),
      item("Dean's List Award - Semester 2,3", 40, 128),
      item('SMK Paya Rumput, Melaka', 36, 142),
      item('January 2022 - March 2024', 420, 141),
      item('Sijil Pelajaran Malaysia, 8 As', 40, 156),
      item('Science Computer', 40, 170),
      item('A long body line that runs across the whole width of the page, past the dates', 36, 190),
    ];
    const { lines, columns } = layoutLines([...rows].reverse());
    expect(columns).toBe(1);
    expect(lines[0]?.text).toBe('Universiti Teknologi MARA, Jasin\tOctober 2024 - Present');
    expect(lines[3]?.text).toBe('SMK Paya Rumput, Melaka\tJanuary 2022 - March 2024');
  });

  it('reads a full-width footer after both columns', () => {
    const footer = item('References available on request, from former managers and peers', 50, 300);
    const { lines } = layoutLines([footer, ...right, ...left]);
    expect(lines.map((l) => l.text)).toEqual([...LEFT, ...RIGHT, footer.str]);
  });
});
