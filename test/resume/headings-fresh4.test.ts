/**
 * Heading classes found on the fourth fresh set's dev split (test/fixtures/fresh4-sections): field words in
 * front of "Knowledge", a laboratory's "Techniques", first-person headings of jobs and kit, the life away from
 * work, run-in headings of every kind, a DOCX heading style, "Project Experience" over jobs, and an employer
 * line set apart like a heading.
 */
import { describe, expect, it } from 'vitest';
import type { LineFacts } from '../../src/core/extract/line-facts.js';
import { kindNamedBy, matchHeading } from '../../src/core/resume/headings.js';
import { parseResumeText } from '../../src/core/resume/index.js';
import type { Line } from '../../src/core/resume/lines.js';
import { splitSections } from '../../src/core/resume/sections.js';

const sections = (lines: readonly string[]): Array<[string, string | null]> =>
  parseResumeText(lines.join('\n')).sections.map((s) => [s.kind, s.heading]);

describe('heading words', () => {
  it('reads TECHNIQUES and "Laboratory Techniques" as skills', () => {
    expect(matchHeading('TECHNIQUES')?.kind).toBe('skills');
    expect(matchHeading('Laboratory Techniques')?.kind).toBe('skills');
  });

  it('reads a field word before Knowledge as skills, but not a sentence about knowledge', () => {
    expect(matchHeading('Plant Knowledge')?.kind).toBe('skills');
    expect(matchHeading('Product Knowledge')?.kind).toBe('skills');
    expect(matchHeading('Knowledge of the local area')).toBeNull();
  });

  it('reads first-person headings of jobs held and kit known', () => {
    expect(matchHeading("Jobs I've Had")?.kind).toBe('experience');
    expect(matchHeading("Roles I've Held")?.kind).toBe('experience');
    expect(matchHeading('Kit I Know')?.kind).toBe('skills');
    expect(matchHeading('Tools I Use')?.kind).toBe('skills');
  });

  it('reads qualifications named with tickets or licences as certifications, alone as education', () => {
    expect(matchHeading('Qualifications & Tickets')?.kind).toBe('certifications');
    expect(matchHeading('QUALIFICATIONS AND LICENCES')?.kind).toBe('certifications');
    expect(matchHeading('Qualifications')?.kind).toBe('education');
    expect(matchHeading('Education & Qualifications')?.kind).toBe('education');
  });

  it('reads the life away from work as interests, not as the tools it names', () => {
    expect(matchHeading('Away From the Tools')?.kind).toBe('interests');
    expect(matchHeading('Outside the Office')?.kind).toBe('interests');
    expect(kindNamedBy('Away From Home Projects')).not.toBe('interests');
  });
});

describe('run-in headings of every kind', () => {
  const doc = (profile: string): string[] => [
    'Marcus Hale',
    'marcus.hale@example.com | (555) 014-0101',
    '',
    profile,
    '',
    'Experience:',
    'Sales Development Representative, Brightlane HR, 2023 – Present',
    '- Booked 31 qualified meetings per quarter',
    '',
    'Education: BBA Marketing, Texas State University, 2022',
    '',
    'Skills: Salesforce, Outreach, cold calling',
    '',
    'Languages: English (native), Spanish (professional)',
  ];

  it('takes a one-line "Label: text" paragraph as a heading when the document runs its headings in', () => {
    expect(
      sections(doc('Profile: SDR with two years booking meetings for an HR software vendor and beating quota.')),
    ).toEqual([
      ['contact', null],
      ['summary', 'Profile:'],
      ['experience', 'Experience:'],
      ['education', 'Education:'],
      ['skills', 'Skills:'],
      ['languages', 'Languages:'],
    ]);
  });

  it('leaves "Languages: …" as a line of the section above in a document without run-in headings', () => {
    const got = sections([
      'Marcus Hale',
      'marcus.hale@example.com | (555) 014-0101',
      '',
      'SKILLS',
      'Tools: Salesforce, Outreach',
      '',
      'Languages: English, Spanish',
      '',
      'EDUCATION',
      'BBA Marketing, Texas State University, 2022',
    ]);
    expect(got.map(([k]) => k)).toEqual(['contact', 'skills', 'education']);
  });
});

describe('a DOCX heading style', () => {
  const docx = (text: string, font: string): Line => {
    const facts: LineFacts = {
      page: 1,
      x: null,
      y: null,
      width: null,
      size: null,
      font,
      bold: false,
      italic: null,
      caps: false,
      letterSpaced: false,
      gapAbove: null,
      rule: null,
    };
    return { index: 0, raw: text, text, bullet: false, blankBefore: false, facts };
  };
  it('makes every Heading 2 paragraph a section, even when most of their words name nothing', () => {
    const specs: Array<[string, string]> = [
      ['Kwame Asante', 'h1'],
      ['kwame@example.co.uk | 07700 900147', 'p'],
      ['Summary', 'h2'],
      ['Domestic electrician doing rewires, consumer units and EV chargers across the county.', 'p'],
      ['Where the Vans Went', 'h2'],
      ['Electrician, Ouzel Electrical Services\t2019 – present', 'p'],
      ['Paperwork', 'h2'],
      ['18th Edition BS 7671 (2022)', 'p'],
      ['Gear Bag', 'h2'],
      ['Megger MFT, Fluke testers', 'p'],
      ['Education', 'h2'],
      ['NVQ Level 3 Electrotechnical, 2019', 'p'],
    ];
    const lines = specs.map(([t, f], index) => ({ ...docx(t, f), index }));
    expect(splitSections(lines).map((d) => d.heading)).toEqual([
      null,
      'Summary',
      'Where the Vans Went',
      'Paperwork',
      'Gear Bag',
      'Education',
    ]);
  });
});

describe('"Project Experience"', () => {
  const doc = (extra: string[]): string[] => [
    'Seun Adeyemi',
    'seun@example.co.uk | 07700 900673',
    '',
    'PROJECT EXPERIENCE',
    'Senior Engineer, Tarn & Whitcombe Consulting    2019 – Present',
    '- Led detailed design of a junction upgrade',
    ...extra,
    '',
    'EDUCATION',
    'MEng Civil Engineering, University of Nottingham    2013',
  ];
  it('over jobs, with no other experience section, is the experience', () => {
    expect(sections(doc([]))[1]).toEqual(['experience', 'PROJECT EXPERIENCE']);
  });
  it('stays projects when the document has its experience elsewhere', () => {
    const got = sections([
      ...doc([]),
      '',
      'WORK EXPERIENCE',
      'Engineer, County Highways    2013 – 2019',
      '- Designed drainage for 9 sites',
    ]);
    expect(got.map(([k]) => k)).toEqual(['contact', 'projects', 'education', 'experience']);
  });
});

describe('an employer line set apart by a blank line', () => {
  it('is the entry it opens, not a section, when a dated title line is under it', () => {
    const got = sections([
      'Piotr Zielinski',
      'piotr@example.co.uk · 07700 900462',
      '',
      'Nursing Experience',
      '',
      "Queen's Medical Centre — Nottingham",
      'Staff Nurse    2021 – present',
      '- Care for 8 patients per shift',
      '',
      'Kings Mill Hospital — Mansfield',
      'Healthcare Assistant    2017 – 2020',
      '- Observations and personal care',
      '',
      'Clinical Skills',
      'IV cannulation, venepuncture',
    ]);
    expect(got.map(([k]) => k)).toEqual(['contact', 'experience', 'skills']);
  });
});

describe('"Qualifications" over certificates', () => {
  const doc = (lines: string[]): string[] => [
    'Dylan Pryce',
    'dylan@example.com | 07700 900761',
    '',
    'EXPERIENCE',
    'Site Joiner, Pryce Builders    2019 – present',
    '- Hung 300 doors a year',
    '',
    'QUALIFICATIONS',
    ...lines,
  ];
  it('is certifications when no line names a degree or a school', () => {
    const got = sections(doc(['CSCS card (blue)', 'Paediatric First Aid certificate, 2023', 'Asbestos awareness']));
    expect(got[2]).toEqual(['certifications', 'QUALIFICATIONS']);
  });
  it('stays education when a line names a diploma or a college', () => {
    const got = sections(doc(['Level 3 Diploma in Site Carpentry, Leeds College of Building', 'CSCS card (blue)']));
    expect(got[2]).toEqual(['education', 'QUALIFICATIONS']);
  });
});
