/** Follow-up answers say only what is true of the user's resume: years from paid work, skills shown where they are, recency by date. */
import { describe, expect, it } from 'vitest';
import { experienceMonths, experienceYears } from '../../src/core/conversation/answers/experience.js';
import { skillEvidence, skillsOfLine } from '../../src/core/conversation/answers/skill-evidence.js';
import { converse, NOW, reportOf, textOf } from '../conversation/answers/resume.js';

const STUDENT = `Li Wen
li.wen@example.com | +1 555 0103

EDUCATION
BSc Statistics, University of Waterloo                               Sept 2022 – April 2026
• Teaching assistant for STAT 230, marking weekly assignments in R

EXPERIENCE
Actuarial Intern, Maple Life                                         May 2025 – Aug 2025
• Built a lapse study in Excel VBA covering 40,000 policies
Actuarial Intern, Northern Mutual                                    May 2024 – Aug 2024
• Cleaned mortality data for the experience study
Undergraduate Research Assistant, University of Waterloo             Jan 2016 – Apr 2025
• Ran pension simulations in Python

PROJECTS
Loss model explorer: a Shiny app in R for claim severity fitting

SKILLS
Technical: Excel VBA, R, Python, SQL, Tableau
`;

const CAREER = `Sam Ortiz
sam.ortiz@example.com | +1 555 0104

SUMMARY
Operations lead who builds Tableau reporting for regional teams.

EXPERIENCE
Store Manager, Northgate Retail                                      2012 – 2016
• Ran a store of 30 staff with £4M yearly sales
Operations Lead, Eastbrook Logistics                                 2019 – 2021
• Cut late deliveries by 25% by re-planning routes
Operations Manager, Eastbrook Logistics                              2020 – Present
• Manages 3 depots and 80 drivers

SKILLS
Tools: Tableau, SAP, Excel
`;

describe('years of experience', () => {
  it('counts paid work only: research and teaching-assistant roles are not years, internships are months', async () => {
    const report = await reportOf(STUDENT);
    expect(experienceMonths(report, NOW)).toBe(8);
    const [a] = converse(report, 'how many years of experience do i have');
    expect(a!.intent).toBe('years');
    expect(textOf(a!)).toMatch(/About 8 months/);
    expect(textOf(a!)).not.toMatch(/\b\d+ years? of work/);
  });

  it('honours end dates and merges overlaps (not "since 2012")', async () => {
    const report = await reportOf(CAREER);
    // 2012–2016 (5 calendar years) + 2019–present, the 2020 role overlapping: 5 + 8 = 13, not 2012 → 2026 = 15.
    expect(experienceYears(report, NOW)).toBe(12);
  });
});

describe('skills shown in use, and where', () => {
  it('reads the skills of a labelled line', () => {
    expect(skillsOfLine('Technical: Excel VBA, R, Python (basic), SQL')).toEqual(['Excel VBA', 'R', 'Python', 'SQL']);
  });

  it('finds a skill in a teaching line, a project line and the summary, and names the section', async () => {
    const student = skillEvidence(await reportOf(STUDENT));
    expect(student.find((e) => e.skill === 'R')).toMatchObject({ where: 'EDUCATION' });
    expect(student.find((e) => e.skill === 'Python')).toMatchObject({ line: 'Ran pension simulations in Python' });
    expect(student.find((e) => e.skill === 'SQL')).toBeUndefined();
    const career = skillEvidence(await reportOf(CAREER));
    expect(career.find((e) => e.skill === 'Tableau')).toMatchObject({ where: 'SUMMARY' });
  });

  it('the skills answer says where each shown skill is used, in the user’s words', async () => {
    const [a] = converse(await reportOf(STUDENT), 'is my skills section ok');
    expect(textOf(a!)).toContain('Python: in EXPERIENCE, "Ran pension simulations in Python"');
  });
});

describe('recent means by date', () => {
  it('"my most recent job" is the current one, not the 2016 one listed first', async () => {
    const [a] = converse(await reportOf(CAREER), 'whats wrong with my most recent job');
    expect(a!.title).toMatch(/Operations Manager|Eastbrook/);
    expect(textOf(a!)).not.toMatch(/Northgate/);
  });
});
