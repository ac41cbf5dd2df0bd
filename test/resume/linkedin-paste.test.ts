/** LinkedIn's copy-paste layout (one field a line, a paragraph for the duties), written for this test. */
import { describe, expect, it } from 'vitest';
import { withoutDuration } from '../../src/core/resume/dates.js';
import { parseResumeText } from '../../src/core/resume/index.js';

const PASTE = `Noor Haddad
Operations Lead at Cedar Logistics
Amman, Jordan
noor.haddad@example.com

About
Operations lead with 8 years in freight forwarding. Looking for a regional operations manager role.

Experience

Operations Lead
Cedar Logistics
Feb 2022 - Present · 2 yrs 10 mos
Amman, Jordan
Run a team of 12 coordinators. Cut customs clearance time from 5 days to 2. Responsible for the carrier panel.

Shipment Coordinator
Cedar Logistics
Jun 2018 - Jan 2022 · 3 yrs 8 mos
Booking, tracking and invoicing.

Education
BSc Industrial Engineering, University of Jordan
2014 - 2018

Skills
Freight forwarding · Customs · SAP · Team leadership
`;

describe('a LinkedIn paste', () => {
  const r = parseResumeText(PASTE);

  it('reads each role as an entry of Experience, not as a section of its own', () => {
    expect(r.sections.map((s) => s.kind)).toEqual(['contact', 'summary', 'experience', 'education', 'skills']);
    const jobs = r.sections[2]!.entries;
    expect(jobs.map((e) => [e.title, e.organization, e.dateText])).toEqual([
      ['Operations Lead', 'Cedar Logistics', 'Feb 2022 - Present'],
      ['Shipment Coordinator', 'Cedar Logistics', 'Jun 2018 - Jan 2022'],
    ]);
  });

  it('reads a duty paragraph as one duty a sentence', () => {
    expect(r.sections[2]!.entries[0]!.bullets).toEqual([
      'Run a team of 12 coordinators.',
      'Cut customs clearance time from 5 days to 2.',
      'Responsible for the carrier panel.',
    ]);
    expect(r.sections[2]!.entries[0]!.bulletsInferred).toBe(true);
  });

  it('takes a duration after the dates for part of the dates', () => {
    expect(withoutDuration('Feb 2022 - Present · 2 yrs 10 mos')).toBe('Feb 2022 - Present');
    expect(withoutDuration('2019 – 2021 (2 years 3 months)')).toBe('2019 – 2021');
    expect(withoutDuration('Ran 3 stores')).toBe('Ran 3 stores');
  });
});
