import { describe, expect, it } from 'vitest';
import { alignFacts } from '../../src/core/extract/align-facts.js';
import { cleanText } from '../../src/core/extract/clean.js';
import { lineFactsListSchema, type LineFacts } from '../../src/core/extract/line-facts.js';
import { extractPdf } from '../../src/core/extract/pdf.js';
import { pdfLineFacts } from '../../src/core/extract/pdf-facts.js';
import type { Line } from '../../src/core/extract/pdf-lines.js';
import { body, heading, makeStyledPdf } from '../helpers/styled-pdf.js';

function facts(n: number): LineFacts {
  return {
    page: 1,
    x: n,
    y: n,
    width: 10,
    size: 10,
    font: `f${n}`,
    bold: null,
    italic: null,
    caps: false,
    letterSpaced: false,
    gapAbove: null,
    rule: null,
  };
}
const raw = (...texts: string[]) => texts.map((text, i) => ({ text, facts: facts(i) }));

describe('alignFacts', () => {
  it('gives each cleaned line the facts of the raw line it came from, null for blank lines', () => {
    const lines = raw('Jane Roe', 'EXPERIENCE', 'Engineer, Acme');
    const out = alignFacts('Jane Roe\n\nEXPERIENCE\nEngineer, Acme', lines, cleanText);
    expect(out.map((f) => f?.x ?? null)).toEqual([0, null, 1, 2]);
  });

  it('skips raw lines that clean-up dropped (page markers) and follows joined and split lines', () => {
    const lines = raw(
      'Derek ThomasAI Solutions Architect',
      'S K I L L S',
      'Page 1 of 2',
      'distrib\u00ad',
      'uted systems',
    );
    const cleaned = cleanText(lines.map((l) => l.text).join('\n'));
    const out = alignFacts(cleaned, lines, cleanText);
    expect(cleaned.split('\n')).toHaveLength(out.length);
    expect(cleaned.split('\n')).toEqual(['Derek Thomas', 'AI Solutions Architect', 'SKILLS', 'distributed systems']);
    expect(out.map((f) => f?.x ?? null)).toEqual([0, 0, 1, 3]);
  });

  it('returns null for a line it cannot place instead of shifting the rest', () => {
    const out = alignFacts('Unknown line\nEXPERIENCE', raw('EXPERIENCE'), cleanText);
    expect(out.map((f) => f?.x ?? null)).toEqual([null, 0]);
  });
});

describe('pdfLineFacts', () => {
  const line = (text: string, y: number, size = 10, x0 = 50): Line => ({
    text,
    x0,
    x1: x0 + 200,
    y,
    size,
    font: size > 10 ? 'bold' : 'regular',
  });

  it('measures the gap above a line in units of the usual line step and marks capitals', () => {
    const page = [line('EXPERIENCE', 100, 12), line('a', 114), line('b', 128), line('c', 142), line('SKILLS', 170, 12)];
    const [facts] = pdfLineFacts([page]);
    expect(facts?.map((f) => f.facts.gapAbove)).toEqual([null, 1, 1, 1, 2]);
    expect(facts?.[0]?.facts).toMatchObject({ caps: true, font: 'bold', size: 12, page: 1 });
    expect(facts?.[1]?.facts.caps).toBe(false);
  });

  it('has no gap for the first line of a column (the line before it is beside, not above)', () => {
    const page = [
      line('left 1', 100),
      line('left 2', 114),
      line('right 1', 100, 10, 400),
      line('right 2', 114, 10, 400),
    ];
    expect(pdfLineFacts([page])[0]?.map((f) => f.facts.gapAbove)).toEqual([null, 1, null, 1]);
  });
});

describe('extractPdf line facts', () => {
  it('reports one valid entry per text line, with fonts and sizes telling headings from body text', async () => {
    const pdf = await makeStyledPdf([
      { text: 'Jane Roe', size: 20, bold: true },
      ...body('jane@example.com'),
      heading('Experience'),
      ...body('Engineer, Acme', 'Built the billing API'),
      heading('Certifications'),
      ...body('AWS Solutions Architect'),
    ]);
    const result = await extractPdf(pdf, { maxPages: 4, maxTotalPages: 50 });
    const lines = result.text.split('\n');
    expect(lineFactsListSchema.parse(result.lineFacts)).toHaveLength(lines.length);
    const byText = new Map(lines.map((l, i) => [l, result.lineFacts[i]]));
    const exp = byText.get('Experience');
    const cert = byText.get('Certifications');
    const bodyLine = byText.get('Engineer, Acme');
    expect(exp?.font).toBe(cert?.font);
    expect(exp?.font).not.toBe(bodyLine?.font);
    expect(exp?.size).toBeCloseTo(12, 0);
    expect(bodyLine?.size).toBeCloseTo(10, 0);
    expect(exp?.gapAbove ?? 0).toBeGreaterThan(1.3);
    expect(byText.get('Built the billing API')?.gapAbove).toBeCloseTo(1, 1);
  });
});
