import { describe, expect, it } from 'vitest';
import { body, HEAD, head, kinds, type Spec } from './fact-lines.js';

const NAME: Spec[] = [{ text: 'Jane Roe', font: 'f3', size: 22, gap: null }, ...body('jane.roe@example.com')];
const JOB = body(
  'Planning Analyst, Northwind Retail 2019 - 2023',
  'Built the monthly forecast that twelve stores plan their orders with',
  'Cut the monthly close from nine days to five days for the finance team',
);

describe('headings the typography says are body text', () => {
  it('drops a line in exactly the body style whose words name a section', () => {
    const specs = [
      ...NAME,
      head('Experience'),
      ...JOB,
      head('Skills'),
      ...body('Budgeting', 'Forecasting', 'Project Management', 'Reporting'),
      head('Education'),
      ...body('BSc Economics, State University 2015 - 2019'),
    ];
    expect(kinds(specs)).toEqual(['contact', 'experience', 'skills', 'education']);
  });

  it('keeps the same words as a heading when they are set in the heading style', () => {
    const specs = [
      ...NAME,
      head('Experience'),
      ...JOB,
      head('Skills'),
      ...body('Budgeting', 'Forecasting'),
      head('Projects'),
      ...body('Store forecast model used across the region for two years'),
    ];
    expect(kinds(specs)).toEqual(['contact', 'experience', 'skills', 'projects']);
  });

  it('drops a caps line that wraps the line above it in the same style', () => {
    const entry = { font: 'f4', size: 11 };
    const specs = [
      ...NAME,
      head('EXPERIENCE'),
      { text: 'PRODUCT DESIGNER', ...entry, gap: 2 },
      { text: 'NORTHWIND INTEGRATED', ...entry, gap: 1.2 },
      { text: 'TECHNOLOGIES', ...entry, gap: 0.9 },
      ...body('Designed the checkout flow used by every store in the region'),
      head('EDUCATION'),
      ...body('BSc Design, State University 2015 - 2019'),
    ];
    expect(kinds(specs)).toEqual(['contact', 'experience', 'education']);
  });

  it('keeps a heading in a second, smaller heading style shared by other headings (a sidebar)', () => {
    const side = { font: 'f2', size: 10 };
    const specs = [
      ...NAME,
      { text: 'SKILLS', ...side, gap: 2 },
      ...body('Figma', 'Blender'),
      { text: 'LANGUAGES', ...side, gap: 2 },
      ...body('English', 'Spanish'),
      head('EXPERIENCE'),
      ...JOB,
      head('EDUCATION'),
      ...body('BA Art and Design, State University 2016 - 2020'),
    ];
    expect(kinds(specs)).toEqual(['contact', 'skills', 'languages', 'experience', 'education']);
  });
});

describe('headings in another case than the others', () => {
  const base = [
    ...NAME,
    head('EXPERIENCE'),
    ...JOB,
    head('EDUCATION'),
    ...body('BSc Economics, State University 2015 - 2019'),
  ];

  it('keeps a title-case heading set in the caps headings’ font and size', () => {
    const specs = [...base, head('Skills'), ...body('Budgeting', 'Forecasting')];
    expect(kinds(specs)).toEqual(['contact', 'experience', 'education', 'skills']);
  });

  it('keeps a title-case heading set bigger than the others and apart from the text above', () => {
    const specs = [...base, { text: 'Skills', font: 'f5', size: 17, gap: 2 }, ...body('Budgeting', 'Forecasting')];
    expect(kinds(specs)).toEqual(['contact', 'experience', 'education', 'skills']);
  });

  it('still takes a title-case line in the body style for a sub-label', () => {
    const specs = [...base, head('SKILLS'), ...body('Budgeting', 'Languages', 'English, Spanish')];
    expect(kinds(specs)).toEqual(['contact', 'experience', 'education', 'skills']);
  });
});

describe('headings by style with indented sub-labels under them', () => {
  it('takes an unknown-word line at the headings’ indentation for a heading when an indented label in its style follows', () => {
    const specs: Spec[] = [
      ...NAME,
      head('Experience'),
      ...JOB,
      head('Teaching'),
      ...body('Instructor, Critical Reasoning, State University, Fall 2020'),
      head('Seminars Attended - * = audit'),
      { text: 'State University', ...HEAD, x: 76, gap: 1 },
      { text: 'Games in Biology (with a visiting professor)', bullet: true, x: 90 },
      head('Awards and Fellowships'),
      ...body('Graduate merit fellowship, State University, 2021'),
    ];
    expect(kinds(specs)).toEqual(['contact', 'experience', 'experience', 'other', 'awards']);
  });
});
