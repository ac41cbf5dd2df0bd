import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../src/core/extract/pdf.js';
import { kindOfHeadingWords } from '../../src/core/resume/headings.js';
import { parseResume } from '../../src/core/resume/index.js';
import type { Resume } from '../../src/core/resume/types.js';
import { body, heading, makeStyledPdf, type StyledLine } from '../helpers/styled-pdf.js';

const NAME: StyledLine[] = [{ text: 'Jane Roe', size: 20, bold: true }, ...body('jane.roe@example.com')];
const JOB = body(
  'Senior Engineer, Acme Corp 2019 - 2023',
  'Built the billing service that handles every invoice we send',
  'Cut the monthly close from five days to two',
);

async function parsePdf(lines: readonly StyledLine[]): Promise<Resume> {
  const pdf = await makeStyledPdf(lines);
  const extracted = await extractPdf(pdf, { maxPages: 4, maxTotalPages: 50 });
  return parseResume({ format: 'pdf', ...extracted, bytes: pdf.length, fileName: null });
}

const sections = (r: Resume): Array<[string, string | null]> => r.sections.map((s) => [s.kind, s.heading]);

describe('headings by typography', () => {
  it('makes a line set like the other headings a section, even when its words are unknown', async () => {
    const r = await parsePdf([
      ...NAME,
      heading('Experience'),
      ...JOB,
      heading('Fieldwork Seasons'),
      ...body('Excavation assistant at a coastal site for three summers'),
      heading('Education'),
      ...body('BSc Archaeology, State University 2015 - 2019'),
    ]);
    expect(sections(r)).toEqual([
      ['contact', null],
      ['experience', 'Experience'],
      ['other', 'Fieldwork Seasons'],
      ['education', 'Education'],
    ]);
  });

  it('maps an unknown heading to a kind by its words where it can', async () => {
    const r = await parsePdf([
      ...NAME,
      heading('Experience'),
      ...JOB,
      heading('Licences and Registrations'),
      ...body('Registered Nurse, State Board'),
      heading('Honours and Fellowships'),
      ...body('Dean’s list, every term'),
      heading('Education'),
      ...body('BSc Nursing, State University 2015 - 2019'),
    ]);
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'certifications', 'awards', 'education']);
  });

  it('keeps short lines in the body style or at another indentation inside their section', async () => {
    const r = await parsePdf([
      ...NAME,
      heading('Experience'),
      { text: 'Key Results', size: 12, bold: true, x: 80 },
      ...JOB,
      ...body('Tooling Notes'),
      ...body('Wrote the deploy scripts the whole team uses'),
      heading('Education'),
      ...body('BSc Computer Science, State University 2015 - 2019'),
    ]);
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education']);
  });

  it('does not take a style used for many other lines (job titles) as a heading style', async () => {
    const title = (text: string): StyledLine => ({ text, size: 12, bold: true, gap: 8 });
    const r = await parsePdf([
      ...NAME,
      heading('Experience'),
      title('Platform Lead'),
      ...body('Led four engineers on the payments platform'),
      title('Staff Engineer'),
      ...body('Owned the ledger and its reconciliation jobs'),
      title('Senior Engineer'),
      ...body('Moved the billing jobs to a queue'),
      title('Software Engineer'),
      ...body('Wrote the first version of the invoicing API'),
      title('Junior Engineer'),
      ...body('Fixed bugs in the reporting screens'),
      heading('Education'),
      ...body('BSc Computer Science, State University 2015 - 2019'),
    ]);
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'experience', 'education']);
  });
});

describe('heading levels', () => {
  it('treats headings in a smaller style right under a bigger one as sub-headings of its section', async () => {
    const big = (text: string): StyledLine => ({ text, size: 14, bold: true, gap: 10 });
    const small = (text: string): StyledLine => ({ text, size: 11, bold: true, gap: 4 });
    const r = await parsePdf([
      ...NAME,
      big('EDUCATION'),
      ...body('BSc Mathematics, State University 2011 - 2015'),
      big('SKILLS'),
      small('LANGUAGES'),
      ...body('Python, Go, SQL'),
      small('TECHNOLOGIES'),
      ...body('PostgreSQL, Kafka, Docker'),
      big('EXPERIENCE'),
      ...JOB,
    ]);
    expect(sections(r)).toEqual([
      ['contact', null],
      ['education', 'EDUCATION'],
      ['skills', 'SKILLS'],
      ['experience', 'EXPERIENCE'],
    ]);
  });
});

describe('kindOfHeadingWords', () => {
  it('uses the vocabulary, then any word naming a kind (in singular or plural), else other', () => {
    expect(kindOfHeadingWords('Work Experience')).toBe('experience');
    expect(kindOfHeadingWords('Modules Taken')).toBe('other');
    expect(kindOfHeadingWords('Key Strengths Overview')).toBe('skills');
    expect(kindOfHeadingWords('Working Papers')).toBe('publications');
    expect(kindOfHeadingWords('Distinction')).toBe('awards');
    expect(kindOfHeadingWords('Research Areas')).toBe('other');
  });
});

describe('headings in the bold face of the entry titles', () => {
  it('takes a short bold line over a dated bold entry header for a heading, its words unknown', async () => {
    const bold = (text: string): StyledLine => ({ text, bold: true, gap: 4 });
    const r = await parsePdf([
      ...NAME,
      bold('Care Shifts'),
      bold('Senior Carer, Seaview Home 2019 - 2023'),
      ...body('Led a team of five carers on day shifts'),
      bold('Qualifications'),
      ...body('QQI Level 5 Healthcare Support, 2016'),
      bold('Training'),
      ...body('Manual handling, dementia care'),
    ]);
    expect(sections(r)).toEqual([
      ['contact', null],
      ['other', 'Care Shifts'],
      ['education', 'Qualifications'],
      ['certifications', 'Training'],
    ]);
  });
});

describe('an opening section headed by words that name no kind', () => {
  it('is the summary when a paragraph of prose stands under it', async () => {
    const r = await parsePdf([
      ...NAME,
      heading("What's Next"),
      ...body(
        'I am looking for a first teaching post in a primary school where I can',
        'keep building reading groups and bring families into the classroom.',
      ),
      heading('Experience'),
      ...JOB,
      heading('Education'),
      ...body('BA Education, State University 2015 - 2019'),
    ]);
    expect(sections(r)).toEqual([
      ['contact', null],
      ['summary', "What's Next"],
      ['experience', 'Experience'],
      ['education', 'Education'],
    ]);
  });
});
