import { describe, expect, it } from 'vitest';
import { parseResumeText, type Entry } from '../../src/core/resume/index.js';

const HEADER = ['Jane Roe', 'jane.roe@example.com'];

function entriesOf(heading: string, body: readonly string[]): Entry[] {
  const r = parseResumeText([...HEADER, heading, ...body].join('\n'));
  return r.sections[1]?.entries ?? [];
}

const summary = (entries: readonly Entry[]): Array<[string | null, string | null, number]> =>
  entries.map((e) => [e.title, e.organization, e.bullets.length]);

describe('a short last bullet above the next dated header stays a bullet', () => {
  it('with a blank line before the next role', () => {
    const entries = entriesOf('Experience', [
      'Backend Developer, Ostara Freight\tFeb 2021 – Present',
      '• Moved the quoting service from MySQL to PostgreSQL',
      '• Used Kafka to decouple the billing jobs',
      '',
      'Junior Developer, Lindqvist Systems\tAug 2018 – Jan 2021',
      '• Wrote the payment webhooks',
    ]);
    expect(summary(entries)).toEqual([
      ['Backend Developer', 'Ostara Freight', 2],
      ['Junior Developer', 'Lindqvist Systems', 1],
    ]);
    expect(entries[0]?.bullets[1]).toBe('Used Kafka to decouple the billing jobs');
    expect(entries[1]?.lines).toEqual([]);
  });

  it('without a blank line, when the section opens its entries with plain lines', () => {
    const entries = entriesOf('Experience', [
      'Site Reliability Engineer — Moorfield Games\t2019 – Present',
      '• Ran on-call for 4 game backends',
      '• Cut alert noise through better routing',
      'Help Desk Analyst — Harbour Credit Union\t2016 – 2018',
      '• Supported 350 staff',
    ]);
    expect(summary(entries)).toEqual([
      ['Site Reliability Engineer', 'Moorfield Games', 2],
      ['Help Desk Analyst', 'Harbour Credit Union', 1],
    ]);
  });

  it('with "Title | Org | dates" headers and dash bullets', () => {
    const entries = entriesOf('Experience', [
      'iOS Developer | Pali Labs | Feb 2020 – Present',
      '- Rebuilt the onboarding flow in SwiftUI',
      '- Translated the app into 6 languages',
      '',
      'Junior iOS Developer | Kahuna Apps | Jun 2018 – Jan 2020',
      '- Fixed crash reports',
    ]);
    expect(entries.map((e) => e.organization)).toEqual(['Pali Labs', 'Kahuna Apps']);
    expect(entries[0]?.bullets).toContain('Translated the app into 6 languages');
  });

  it('under a second kind of bullet ("Key Achievements:" sub-bullets), wrapped lines included', () => {
    const entries = entriesOf('Experience', [
      'Desktop Support, Aster Health, Greenville, South Carolina May 2019 - Present',
      '• Rolled out Windows 11 across the clinics',
      'Key Achievements:',
      '▪ Increased weekly completed builds by nearly 100% through process and organisation',
      'improvements',
      '▪ Finished the SSO rollout early',
      'Web Developer, Riverside Booster Association December 2018 - Present',
      '• Redesigned the club website',
    ]);
    expect(entries.map((e) => e.organization)).toEqual(['Aster Health', 'Riverside Booster Association']);
    expect(entries[0]?.bullets).toContain('Finished the SSO rollout early');
    expect(entries[1]?.lines).toEqual([]);
  });

  it('a grade bullet under a degree does not open the next school', () => {
    const entries = entriesOf('Education', [
      'Northfield Technical University, Mysore Aug 2019 – Sep 2022',
      'B.E | Computer Science and Engineering',
      '• CGPA: 7.9/10',
      'Eastgate Polytechnic, Mysore Jun 2016– July 2019',
      'Diploma | Computer Science and Engineering',
    ]);
    expect(entries.map((e) => e.organization)).toEqual([
      'Northfield Technical University, Mysore',
      'Eastgate Polytechnic, Mysore',
    ]);
    expect(entries[0]?.bullets).toEqual(['CGPA: 7.9/10']);
  });

  it('a dated bullet wrapped onto a lower-case line is a bullet in a section of plain headers', () => {
    const entries = entriesOf('Experience', [
      'Engineer, Acme Inc.\tJan 2020 – Present',
      '• Built the billing API used by 40 teams',
      '• Presented at PyCon 2023 on',
      'async billing pipelines',
      'Analyst, Beta Corp\t2018 – 2019',
      '• Wrote reports',
    ]);
    expect(summary(entries)).toEqual([
      ['Engineer', 'Acme Inc.', 2],
      ['Analyst', 'Beta Corp', 1],
    ]);
    expect(entries[0]?.bullets[1]).toBe('Presented at PyCon 2023 on async billing pipelines');
  });

  it('a short sub-bullet above a second role under the same employer stays with the first role', () => {
    const entries = entriesOf('Experience', [
      '• Northwind\tPortland, OR',
      'Senior Engineer\tMay 2020 - Present',
      '◦ Sharded the orders database',
      '◦ Led the cloud move',
      'Engineer\tMay 2017 - Apr 2020',
      '◦ Built the search index',
    ]);
    expect(summary(entries)).toEqual([
      ['Senior Engineer', 'Northwind', 2],
      ['Engineer', 'Northwind', 1],
    ]);
  });
});

describe("sb2nov / Jake's-template bullet headers still open entries", () => {
  it('"• Employer  City" / "Title  Dates" / "◦ bullet", with a short last bullet before the next employer', () => {
    const entries = entriesOf('Experience', [
      '• Quillon\tMountain View, CA',
      'Software Engineer\tOct 2016 – Present',
      '◦ Worked on the query planner',
      '◦ Ran the intern program',
      '• Tessel Learning\tMountain View, CA',
      'Senior Software Engineer\tJan 2014 – Oct 2016',
      '◦ Built the grading pipeline',
      '• Corvid Research\tAtlanta, GA',
      'Data Scientist\tSummer 2012 and 2013',
      '◦ Modelled stock returns',
    ]);
    expect(entries.map((e) => [e.title, e.organization, e.location, e.start])).toEqual([
      ['Software Engineer', 'Quillon', 'Mountain View, CA', '2016-10'],
      ['Senior Software Engineer', 'Tessel Learning', 'Mountain View, CA', '2014-01'],
      ['Data Scientist', 'Corvid Research', 'Atlanta, GA', '2012'],
    ]);
    expect(entries.map((e) => e.bullets.length)).toEqual([2, 1, 1]);
  });

  it('education entries without bullets, one bullet header after another', () => {
    const entries = entriesOf('Education', [
      '• Georgia Plains University\tAtlanta, GA',
      'Master of Science in Computer Science; GPA: 4.00\tAug 2012 – Dec 2013',
      '• Western Institute of Technology\tPilani, India',
      'Bachelor of Engineering in Electrical Engineering\tAug 2008 – July 2012',
    ]);
    expect(entries.map((e) => [e.organization, e.start])).toEqual([
      ['Georgia Plains University', '2012-08'],
      ['Western Institute of Technology', '2008-08'],
    ]);
  });

  it('one glyph for employers and bullets: an employer line naming its city still opens an entry', () => {
    const entries = entriesOf('Experience', [
      '• Quillon\tMountain View, CA',
      'Software Engineer\tOct 2016 – Present',
      '• Worked on the query planner',
      '• Ran the intern program',
      '• Tessel Learning\tPalo Alto, CA',
      'Senior Software Engineer\tJan 2014 – Oct 2016',
      '• Built the grading pipeline',
    ]);
    expect(summary(entries)).toEqual([
      ['Software Engineer', 'Quillon', 2],
      ['Senior Software Engineer', 'Tessel Learning', 1],
    ]);
  });
});
