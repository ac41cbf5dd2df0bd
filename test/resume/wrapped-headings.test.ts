import { describe, expect, it } from 'vitest';
import { splitSections } from '../../src/core/resume/sections.js';
import { body, HEAD, head, toLines, type Spec } from './fact-lines.js';

const NAME: Spec[] = [{ text: 'Jane Roe', font: 'f3', size: 22, gap: null }, ...body('jane.roe@example.com')];
const wrapped = (first: string, second: string, x2 = 40): Spec[] => [
  { text: first, ...HEAD, gap: 2 },
  { text: second, ...HEAD, gap: 1.2, x: x2 },
];
const sections = (specs: readonly Spec[]): Array<[string, string | null]> =>
  splitSections(toLines(specs)).map((d) => [d.kind, d.heading]);

describe('headings wrapped onto two lines', () => {
  it('joins a heading that ends with "&" and its second line', () => {
    const specs = [
      ...NAME,
      head('EDUCATION'),
      ...body('BSc Physics, State University 2015 - 2018'),
      ...wrapped('CERTIFICATIONS &', 'COURSES'),
      ...body('Cloud Fundamentals (online course)'),
    ];
    expect(sections(specs)).toEqual([
      ['contact', null],
      ['education', 'EDUCATION'],
      ['certifications', 'CERTIFICATIONS & COURSES'],
    ]);
  });

  it('joins two lines that name a section only together', () => {
    const specs = [
      ...NAME,
      head('EXPERIENCE'),
      ...body('Planning Analyst, Northwind Retail 2019 - 2023'),
      ...wrapped('VOLUNTEER', 'WORK'),
      ...body('Weekend tutor for maths and physics, two years'),
    ];
    expect(sections(specs).map(([k]) => k)).toEqual(['contact', 'experience', 'volunteering']);
  });

  it('keeps two stacked headings apart when each is whole (and the second is set elsewhere)', () => {
    const specs = [
      ...NAME,
      head('EXPERIENCE'),
      ...body('Planning Analyst, Northwind Retail 2019 - 2023'),
      ...wrapped('SKILLS', 'LANGUAGES', 300),
      ...body('English, Spanish'),
    ];
    expect(sections(specs).map(([k]) => k)).toEqual(['contact', 'experience', 'skills', 'languages']);
  });
});
