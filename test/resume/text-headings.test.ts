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

describe('headings in another case with a blank line under them', () => {
  it('a Title Case heading named by its words ("Research") over a blank line, amid ALL CAPS headings', () => {
    const got = sections([
      ...HEADER,
      '',
      'Summary',
      'Computational biologist moving into data science.',
      '',
      'Research',
      '',
      'Postdoctoral Researcher, Whitfield Institute — Oct 2022–present',
      '- Built a single-cell pipeline',
      '',
      'EDUCATION',
      'PhD Biology, Boston University, 2022',
      '',
      'PUBLICATIONS',
      'Roe R. "Sparse priors." Bioinformatics, 2023.',
      '',
      'TECHNICAL',
      'Python, R, SQL',
    ]);
    expect(got).toEqual([
      ['contact', null],
      ['summary', 'Summary'],
      ['experience', 'Research'],
      ['education', 'EDUCATION'],
      ['publications', 'PUBLICATIONS'],
      ['skills', 'TECHNICAL'],
    ]);
  });
});

describe('headings with numbers, brackets and document titles', () => {
  it('numbering and brackets are not part of the heading: "2. EXPERIENCE:", "【工作经历】"', () => {
    expect(
      sections([
        ...HEADER,
        '1. PROFILE:',
        'Baker who bakes.',
        '2. EXPERIENCE:',
        'Head Baker, Corner Loaf, 2019 – present',
      ]),
    ).toEqual([
      ['contact', null],
      ['summary', 'PROFILE:'],
      ['experience', 'EXPERIENCE:'],
    ]);
    expect(sections(['张伟', '138 1234 5678', '【工作经历】', '2019.07 – 至今 苏州某公司 机械工程师'])).toEqual([
      ['contact', null],
      ['experience', '工作经历'],
    ]);
  });

  it('"Software" over lists of programs is skills; over programs written, projects', () => {
    const kindOf = (body: string[]): string | undefined =>
      parseResumeText([...HEADER, 'Experience', 'Baker, Loaf, 2019 – 2024', 'Software', ...body].join('\n')).sections[2]
        ?.kind;
    expect(kindOf(['PLAXIS 2D/3D, RocScience, AutoCAD, Python'])).toBe('skills');
    expect(kindOf(['breadcalc — an open-source proofing timer used by 40 bakeries.'])).toBe('projects');
  });

  it('a document title above a headed contact block is no contact section; the name comes from that block', () => {
    const r = parseResumeText(
      [
        'Lebenslauf',
        'Persönliche Daten',
        'Name: Katrin Weißenfels',
        'Telefon: 089 12345678',
        'Berufserfahrung',
        'seit 03/2021 Bürokauffrau, Stadtwerke München',
      ].join('\n'),
    );
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', 'Persönliche Daten'],
      ['experience', 'Berufserfahrung'],
    ]);
    expect(r.contact.name).toBe('Katrin Weißenfels');
  });

  it('French trade clearances ("HABILITATIONS") are certifications', () => {
    expect(sections([...HEADER, 'EXPÉRIENCES', 'Électricien, 2020', 'HABILITATIONS', 'B2V BR BC'])[2]).toEqual([
      'certifications',
      'HABILITATIONS',
    ]);
  });
});
