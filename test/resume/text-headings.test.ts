/**
 * Pasted text has no typography: a document that sets its headings apart with a blank line, in one case, has
 * its other headings in that pattern too, whatever their words (text-headings.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/core/resume/index.js';

const HEADER = ['Rosa Delgado', 'Baker', 'rosa.delgado@example.com | +1 415 555 0142'];

const sections = (lines: readonly string[]): Array<[string, string | null]> =>
  parseResumeText(lines.join('\n')).sections.map((s) => [s.kind, s.heading]);

describe('headings in pasted text by the blank-line pattern', () => {
  it('a Title Case line of unknown words after a blank line, like the other headings, is a section', () => {
    const got = sections([
      ...HEADER,
      '',
      'Ovens I Have Tended',
      'Head Baker, Corner Loaf, 2019 – present',
      '- Bake 400 loaves before 7 am',
      '',
      'Education',
      'City College, Baking Diploma, 2018',
      '',
      'Recognition',
      'Best sourdough at the county fair, 2022',
    ]);
    expect(got).toEqual([
      ['contact', null],
      ['other', 'Ovens I Have Tended'],
      ['education', 'Education'],
      ['awards', 'Recognition'],
    ]);
  });

  it('the same line without the pattern (no blank lines) stays in the section above', () => {
    const got = sections([
      ...HEADER,
      'Education',
      'City College, Baking Diploma, 2018',
      'Ovens I Have Tended',
      'Head Baker, Corner Loaf, 2019 – present',
      'Recognition',
      'Best sourdough at the county fair, 2022',
    ]).map(([kind]) => kind);
    expect(got).toEqual(['contact', 'education', 'awards']);
  });

  it('a job title between blank lines is no heading: a date line under it marks an entry', () => {
    const got = sections([
      ...HEADER,
      '',
      'Experience',
      '',
      'Pastry Chef',
      '2019 – present',
      '- Ran the laminating bench',
      '',
      'Education',
      'City College, 2018',
    ]).map(([kind]) => kind);
    expect(got).toEqual(['contact', 'experience', 'education']);
  });

  it('a sidebar pasted after the body in ALL CAPS does not hide the Title Case headings set apart above it', () => {
    const got = sections([
      ...HEADER,
      '',
      'Bakery Experience',
      'Head Baker, Corner Loaf, 2019 – present',
      '',
      'Education',
      'City College, Baking Diploma, 2018',
      '',
      'SKILLS',
      'Lamination',
      'LANGUAGES',
      'Spanish',
      'CERTIFICATIONS',
      'Food Handler Card',
    ]).map(([kind]) => kind);
    expect(got).toEqual(['contact', 'experience', 'education', 'skills', 'languages', 'certifications']);
  });

  it('a coursework heading set apart like the others is its own section, not part of Education', () => {
    const got = sections([
      ...HEADER,
      '',
      'EDUCATION',
      'State University, B.S. Biology, 2025',
      '',
      'RELEVANT COURSEWORK',
      'Genetics, Cell Biology',
      '',
      'SKILLS',
      'PCR, cell culture',
    ]).map(([kind]) => kind);
    expect(got).toEqual(['contact', 'education', 'other', 'skills']);
  });

  it('a heading framed by dashes ("— Experience —") is a heading, not a bullet', () => {
    const got = sections([
      ...HEADER,
      '— Experience —',
      'Head Baker, Corner Loaf, 2019 – present',
      '— Skills —',
      'Lamination, sourdough',
    ]);
    expect(got).toEqual([
      ['contact', null],
      ['experience', 'Experience'],
      ['skills', 'Skills'],
    ]);
  });

  it('headings named in the first person: "What I Bring", "Kitchens I\'ve Run", "Licensure:"', () => {
    const got = sections([
      ...HEADER,
      "Kitchens I've Run",
      'Head Baker, Corner Loaf, 2019 – present',
      'What I Bring',
      'Lamination, sourdough',
    ]).map(([kind]) => kind);
    expect(got).toEqual(['contact', 'experience', 'skills']);
    expect(
      sections([...HEADER, 'Summary:', 'Baker of bread.', 'Licensure:', 'Food Handler Card']).map(([k]) => k),
    ).toEqual(['contact', 'summary', 'certifications']);
  });
});
