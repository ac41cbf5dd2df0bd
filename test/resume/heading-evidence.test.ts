/**
 * Heading evidence beyond the words: a compound heading whose first part's kind is taken, a heading set smaller
 * than the others but at their indentation and gap, a heading glued to the legend of its marks, an icon read as
 * the letter "A".
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../src/core/resume/index.js';
import { matchHeading } from '../../src/core/resume/headings.js';
import { splitSections } from '../../src/core/resume/sections.js';
import { body, kinds, toLines, type Spec } from './fact-lines.js';

const CAPS = { font: 'f2', size: 16, x: 40 };

describe('compound headings', () => {
  it('take the kind of a part no earlier section has', () => {
    const r = parseResumeText(
      [
        'Jane Roe',
        'jane.roe@example.com',
        'Education',
        'BEd Primary Teaching, State University 2015 - 2019',
        'Education & Teaching Experience',
        'Class Teacher, Hill Primary School 2019 - 2023',
        '• Taught Year 4',
      ].join('\n'),
    );
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['contact', null],
      ['education', 'Education'],
      ['experience', 'Education & Teaching Experience'],
    ]);
  });

  it('keep the first part’s kind when it is not taken', () => {
    const r = parseResumeText(
      ['Jane Roe', 'jane.roe@example.com', 'Education & Teaching Experience', 'BEd, State University 2015 - 2019'].join(
        '\n',
      ),
    );
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'education']);
  });
});

describe('headings in another case', () => {
  const doc = (last: Spec): Spec[] => [
    { text: 'Jane Roe', size: 20, gap: null },
    ...body('jane.roe@example.com'),
    { text: 'EXPERIENCE', ...CAPS, gap: 2.5 },
    ...body('Engineer, Acme 2019 - 2023', 'Built the billing service for every invoice we send out'),
    { text: 'EDUCATION', ...CAPS, gap: 2.5 },
    ...body('BSc Physics, State University 2015 - 2019'),
    { text: 'AWARDS', ...CAPS, gap: 2.5 },
    { text: 'Prizes', font: 'f3', size: 10, x: 60, gap: 1.2 },
    { text: 'Best thesis prize of the department, 2019', x: 60 },
    last,
    ...body('Roe, J. (2021). A paper about things. Journal of Things, 4(2), 1-9.'),
  ];

  it('at the headings’ indentation, bigger than the body and set apart like them: a heading', () => {
    expect(kinds(doc({ text: 'Recent Publications', font: 'f3', size: 12, x: 40, gap: 3 }))).toEqual([
      'contact',
      'experience',
      'education',
      'awards',
      'publications',
    ]);
  });

  it('at the usual line gap: part of the section above', () => {
    expect(kinds(doc({ text: 'Recent Publications', font: 'f3', size: 12, x: 40, gap: 1.2 }))).toEqual([
      'contact',
      'experience',
      'education',
      'awards',
    ]);
  });
});

describe('heading text', () => {
  it('a heading glued to the legend of its marks is a heading; the legend is its first line', () => {
    const drafts = splitSections(
      toLines([
        { text: 'Jane Roe', size: 20, gap: null },
        ...body('jane.roe@example.com'),
        { text: 'Experience', font: 'f2', size: 12, gap: 2 },
        ...body('Engineer, Acme 2019 - 2023', 'Built the billing service for every invoice we send out'),
        { text: 'Technical Skills', font: 'f2', size: 12, gap: 2 },
        ...body('Languages: C, Python, Verilog'),
        { text: 'Relevant Courses *: A (10/10) #: graduate elective', font: 'f2', size: 12, gap: 2 },
        ...body('Digital Electronics*', 'Control Systems#'),
      ]),
    );
    const last = drafts[drafts.length - 1];
    expect(last?.heading).toBe('Relevant Courses');
    expect(last?.lines[0]?.text).toBe('*: A (10/10) #: graduate elective');
  });

  it('an "A" before a plural heading is an icon, not an article', () => {
    expect(matchHeading('A Recent Research Publications')?.heading).toBe('Recent Research Publications');
    expect(matchHeading('A Levels')).toBeNull();
  });
});
